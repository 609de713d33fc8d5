package id.sikerja.interfaces.web;

import id.sikerja.application.OrganisationQueries;
import id.sikerja.application.OrganisationQueries.UnitNode;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.NodeExpandEvent;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

import java.io.Serializable;
import java.util.List;

/** The organisation tree, loaded one level at a time as the user expands it, with a search. */
@Named
@ViewScoped
public class TreeBean implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Placeholder child so a collapsed node shows its expand toggle before its children load. */
    private static final String LOADING = "loading";

    @Inject
    transient OrganisationQueries queries;

    @Inject
    transient id.sikerja.application.OrganisationAdministration administration;

    private TreeNode<Object> root;
    private String departmentCode;
    private String departmentName;
    private id.sikerja.domain.organisation.UnitType departmentType = id.sikerja.domain.organisation.UnitType.DINAS;
    private String search;
    private List<UnitNode> results = List.of();

    public void load() {
        root = new DefaultTreeNode<>("root", null);
        queries.rootNodes().forEach(n -> add(n, root));
    }

    private void add(UnitNode node, TreeNode<Object> parent) {
        TreeNode<Object> treeNode = new DefaultTreeNode<>("unit", node, parent);
        if (node.hasChildren()) {
            new DefaultTreeNode<>(LOADING, LOADING, treeNode);
        }
    }

    public void onExpand(NodeExpandEvent event) {
        TreeNode<Object> node = event.getTreeNode();
        if (node.getChildCount() == 1 && LOADING.equals(node.getChildren().get(0).getData())) {
            node.getChildren().clear();
            UnitNode unit = (UnitNode) node.getData();
            queries.childNodes(unit.id()).forEach(n -> add(n, node));
        }
    }

    public void find() {
        results = queries.searchUnits(search);
        if (results.isEmpty()) {
            UiMessages.info("tree.noResults", search == null ? "" : search);
        }
    }

    public void addDepartment() {
        if (UiMessages.attempt(() -> administration.createDepartment(departmentCode, departmentName, departmentType)) != null) {
            UiMessages.info("department.added", departmentName);
            departmentCode = null;
            departmentName = null;
            load();
        }
    }

    public id.sikerja.domain.organisation.UnitType[] getTypes() {
        return id.sikerja.domain.organisation.UnitType.values();
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public void setDepartmentCode(String departmentCode) {
        this.departmentCode = departmentCode;
    }

    public String getDepartmentName() {
        return departmentName;
    }

    public void setDepartmentName(String departmentName) {
        this.departmentName = departmentName;
    }

    public id.sikerja.domain.organisation.UnitType getDepartmentType() {
        return departmentType;
    }

    public void setDepartmentType(id.sikerja.domain.organisation.UnitType departmentType) {
        this.departmentType = departmentType;
    }

    public TreeNode<Object> getRoot() {
        return root;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public List<UnitNode> getResults() {
        return results;
    }
}
