package id.sikerja.interfaces.web;

import id.sikerja.application.Inbox;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The signed-in employee's open workflow steps: the inbox page and the count in the menu. */
@Named
@RequestScoped
public class InboxBean {

    @Inject
    Inbox inbox;

    private List<Inbox.Item> items;
    private Long count;

    public List<Inbox.Item> getItems() {
        if (items == null) {
            items = inbox.mine();
        }
        return items;
    }

    public long getCount() {
        if (count == null) {
            count = items != null ? items.size() : inbox.countMine();
        }
        return count;
    }
}
