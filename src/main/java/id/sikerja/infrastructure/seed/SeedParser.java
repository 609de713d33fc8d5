package id.sikerja.infrastructure.seed;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Reads a government seed file (JSON-P; strict: a missing required field fails loudly). */
public final class SeedParser {

    /** The seed files shipped with the product, in the order they are loaded. */
    public static final List<String> BUNDLED = List.of("kayong-utara", "jombang", "klaten", "pasuruan");

    private SeedParser() {
    }

    public static GovernmentSeed bundled(String name) {
        String resource = "/seed/governments/" + name + ".json";
        try (InputStream in = SeedParser.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no seed " + resource);
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static GovernmentSeed parse(InputStream in) {
        try (JsonReader reader = Json.createReader(in)) {
            JsonObject o = reader.readObject();
            return new GovernmentSeed(o.getString("code"), o.getString("name"), o.getString("shortName"),
                    o.getString("kind"), o.getString("regionalHeadTitle"), o.getString("regulation", null),
                    o.getJsonNumber("seed").longValue(), policy(o.getJsonObject("policy")),
                    list(o, "appraiserRules", SeedParser::rule), list(o, "departments", SeedParser::department),
                    list(o, "logins", SeedParser::login), list(o, "expectations", SeedParser::expectation),
                    o.getString("seat", null));
        }
    }

    private static GovernmentSeed.Policy policy(JsonObject p) {
        Map<String, String> citations = new LinkedHashMap<>();
        JsonObject c = p.getJsonObject("citations");
        if (c != null) {
            c.forEach((k, v) -> citations.put(k, ((jakarta.json.JsonString) v).getString()));
        }
        return new GovernmentSeed.Policy(p.getInt("performanceOwnerLevel", 1), p.getString("assignmentLetterSigner"),
                p.getString("crossDepartmentApproval"), p.getString("leadSelection"),
                p.getBoolean("oneGroupPerLead", false), p.getBoolean("technicalLeadRoles", false),
                strings(p.getJsonArray("groupKinds")), p.getBoolean("requirePlanningDialogue", false),
                p.getBoolean("volunteerNeedsAnnouncement", false), p.getBoolean("extraAllowanceReport", false),
                p.getBoolean("targetsDeclareWorkMode", false), p.getBoolean("leadsSignAgreement", false),
                p.getString("letterNumberPattern", null), p.getBoolean("assignmentLetterFormOnly", false), citations,
                p.getString("volunteerRoute", "OWN_RECOMMENDATION_FIRST"), decreeSigners(p.getJsonObject("decreeSigners")),
                p.getInt("yearEndNominationMonth", 10), p.getString("appointmentRoute", "DIRECT"),
                p.getBoolean("regionalHeadAppoints", false), p.getBoolean("preferEqualisedFunctional", false));
    }

    /** {"KELOMPOK_KERJA": ["DEPARTMENT_HEAD", "OWNER_UNIT_HEAD"]}: who may sign a team's decree, per kind. */
    private static Map<String, List<String>> decreeSigners(JsonObject o) {
        Map<String, List<String>> signers = new LinkedHashMap<>();
        if (o != null) {
            o.forEach((kind, v) -> signers.put(kind, strings(v.asJsonArray())));
        }
        return signers;
    }

    private static GovernmentSeed.Rule rule(JsonObject r) {
        JsonValue heads = r.get("appraiseeHeadsUnit");
        Boolean headsUnit = heads == null || heads == JsonValue.NULL ? null : heads == JsonValue.TRUE;
        List<Integer> levels = new ArrayList<>();
        JsonArray l = r.getJsonArray("appraiseeUnitLevels");
        if (l != null) {
            l.getValuesAs(jakarta.json.JsonNumber.class).forEach(n -> levels.add(n.intValue()));
        }
        return new GovernmentSeed.Rule(r.getString("id"), strings(r.getJsonArray("unitTypes")),
                strings(r.getJsonArray("appraiseeClasses")), strings(r.getJsonArray("appraiseeGrades")), headsUnit,
                levels, target(r.getJsonObject("appraiser")), target(r.getJsonObject("performanceOwner")),
                r.getString("citation", null), strings(r.getJsonArray("units")), strings(r.getJsonArray("unitModels")),
                target(r.getJsonObject("unitHead")), r.getString("delegation", null));
    }

    private static GovernmentSeed.Target target(JsonObject t) {
        if (t == null || t == JsonValue.NULL) {
            return null;
        }
        return new GovernmentSeed.Target(t.getString("kind"), t.containsKey("level") && !t.isNull("level")
                ? t.getInt("level") : null);
    }

    private static GovernmentSeed.DepartmentSeed department(JsonObject d) {
        return new GovernmentSeed.DepartmentSeed(d.getString("code"), d.getString("name"), d.getString("type"),
                unit(d.getJsonObject("root")));
    }

    private static GovernmentSeed.UnitSeed unit(JsonObject u) {
        return new GovernmentSeed.UnitSeed(u.getString("code"), u.getString("name"),
                u.getString("kind", "ORGANISATION_UNIT"), u.getString("type", null), u.getInt("level"),
                u.containsKey("head") && !u.isNull("head") ? position(u.getJsonObject("head")) : null,
                list(u, "positions", SeedParser::position), list(u, "children", SeedParser::unit),
                strings(u.getJsonArray("models")));
    }

    private static GovernmentSeed.PositionSeed position(JsonObject p) {
        return new GovernmentSeed.PositionSeed(p.getString("title"), p.getString("class"),
                p.containsKey("grade") && !p.isNull("grade") ? p.getString("grade") : null, p.getInt("count", 1),
                p.getBoolean("vacant", false), p.getInt("vacantSeats", 0));
    }

    private static GovernmentSeed.Login login(JsonObject l) {
        return new GovernmentSeed.Login(l.getString("username"), l.getString("unit"), l.getString("position"),
                strings(l.getJsonArray("grants")), l.getString("label", l.getString("username")));
    }

    private static GovernmentSeed.Expectation expectation(JsonObject e) {
        boolean unitHeadDeclared = e.containsKey("unitHead");
        return new GovernmentSeed.Expectation(ref(e.getJsonObject("appraisee")), ref(e.getJsonObject("appraiser")),
                e.getString("problem", null), e.getString("citation", null), unitHeadDeclared,
                unitHeadDeclared && !e.isNull("unitHead") ? ref(e.getJsonObject("unitHead")) : null);
    }

    private static GovernmentSeed.PositionRef ref(JsonObject r) {
        return r == null ? null : new GovernmentSeed.PositionRef(r.getString("unit"), r.getString("position"));
    }

    private static List<String> strings(JsonArray a) {
        List<String> out = new ArrayList<>();
        if (a != null) {
            a.getValuesAs(jakarta.json.JsonString.class).forEach(s -> out.add(s.getString()));
        }
        return out;
    }

    private static <T> List<T> list(JsonObject o, String key, Function<JsonObject, T> f) {
        List<T> out = new ArrayList<>();
        JsonArray a = o.getJsonArray(key);
        if (a != null) {
            a.getValuesAs(JsonObject.class).forEach(x -> out.add(f.apply(x)));
        }
        return out;
    }
}
