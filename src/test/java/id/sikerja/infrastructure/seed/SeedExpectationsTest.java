package id.sikerja.infrastructure.seed;

import id.sikerja.domain.access.Role;
import id.sikerja.domain.access.UserAccount;
import id.sikerja.domain.organisation.AppraisalProblem;
import id.sikerja.domain.organisation.AppraisalResult;
import id.sikerja.domain.organisation.AppraiserDerivation;
import id.sikerja.domain.organisation.Employee;
import id.sikerja.domain.organisation.EmploymentStatus;
import id.sikerja.domain.organisation.InMemoryStructure;
import id.sikerja.domain.organisation.Nip;
import id.sikerja.domain.organisation.Placement;
import id.sikerja.domain.organisation.Position;
import id.sikerja.domain.organisation.PositionClass;
import id.sikerja.domain.organisation.Rank;
import id.sikerja.domain.organisation.RankScheme;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static id.sikerja.infrastructure.seed.GovernmentBuilder.STRUCTURE_DATE;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The regulation oracle: each bundled seed states, with the article it comes from, who must appraise
 * whom ("expectations") and, where the seed lists it, who gives them the work (the unit head, KU
 * Lampiran I huruf B: "menerima penugasan dari … selaku pimpinan unit organisasi"). Every one of them is
 * derived here with the seed's own appraiser rules, the way the product derives it, and compared.
 */
class SeedExpectationsTest {

    /** The four governments built in loading order with one set of used NIPs, as the demo loader does. */
    private static final Map<String, GovernmentSeed> SEEDS = new LinkedHashMap<>();
    private static final Map<String, GovernmentBuilder.Built> BUILT = new LinkedHashMap<>();
    private static final Map<String, RuntimeException> BUILD_FAILURES = new LinkedHashMap<>();
    private static final Set<String> RANK_CODES = new TreeSet<>();

    @BeforeAll
    static void buildAll() {
        Set<String> usedNips = new HashSet<>();
        for (String name : SeedParser.BUNDLED) {
            GovernmentSeed seed = SeedParser.bundled(name);
            SEEDS.put(name, seed);
            try {
                BUILT.put(name, GovernmentBuilder.build(seed, SeedExpectationsTest::rank, usedNips));
            } catch (RuntimeException e) {
                // reported by everySeedBuilds and the expectations of this government; the others still run
                BUILD_FAILURES.put(name, e);
            }
        }
    }

    /** Governments whose seed built; one that did not is reported once, by {@link #everySeedBuilds()}. */
    private static List<GovernmentBuilder.Built> builtGovernments() {
        return List.copyOf(BUILT.values());
    }

    /** Skips a per-government check when the seed did not build (reported by {@link #everySeedBuilds()}). */
    private static GovernmentBuilder.Built builtOrSkip(String name) {
        Assumptions.assumeTrue(BUILT.containsKey(name), () -> "seed " + name + " does not build");
        return BUILT.get(name);
    }

    /** The built government, or a failure saying why the seed does not build. */
    private static GovernmentBuilder.Built built(String name) {
        GovernmentBuilder.Built built = BUILT.get(name);
        if (built == null) {
            throw new AssertionError("seed " + name + " does not build: " + BUILD_FAILURES.get(name),
                    BUILD_FAILURES.get(name));
        }
        return built;
    }

    @TestFactory
    Stream<DynamicTest> everySeedBuilds() {
        return SeedParser.BUNDLED.stream().map(name -> DynamicTest.dynamicTest(name, () -> built(name)));
    }

    /** A stand-in for the rank table: PNS codes contain '/', PPPK codes are roman numerals. */
    private static Rank rank(String code) {
        RANK_CODES.add(code);
        return new Rank(code, code, scheme(code), 1);
    }

    private static RankScheme scheme(String code) {
        if (code.contains("/")) {
            return RankScheme.PNS;
        }
        if (code.matches("[IVX]+")) {
            return RankScheme.PPPK;
        }
        throw new IllegalArgumentException("rank code of neither ladder: " + code);
    }

    @TestFactory
    Stream<DynamicContainer> everyExpectationOfTheRegulationHolds() {
        return SeedParser.BUNDLED.stream().map(name -> {
            GovernmentSeed seed = SEEDS.get(name);
            if (!BUILT.containsKey(name)) {
                return DynamicContainer.dynamicContainer(seed.code(),
                        Stream.of(DynamicTest.dynamicTest(seed.code() + " builds", () -> built(name))));
            }
            GovernmentBuilder.Built built = built(name);
            AppraiserDerivation derivation = derivation(built);
            return DynamicContainer.dynamicContainer(seed.code(), seed.expectations().stream()
                    .map(e -> {
                        String testName = testName(seed, e);
                        return DynamicTest.dynamicTest(testName, () -> {
                            try {
                                check(built, derivation, e);
                            } catch (AssertionError failure) {
                                // surefire's report names dynamic tests by index: say which rule of which law broke
                                throw new AssertionError(testName + "\n  " + failure.getMessage(), failure);
                            }
                        });
                    }));
        });
    }

    private static String testName(GovernmentSeed seed, GovernmentSeed.Expectation e) {
        String outcome = e.problem() != null ? e.problem()
                : e.appraiser().unit() + " / " + e.appraiser().position();
        return seed.code() + " | " + e.appraisee().unit() + " / " + e.appraisee().position() + " -> " + outcome
                + " | " + e.citation();
    }

    private static void check(GovernmentBuilder.Built built, AppraiserDerivation derivation,
                              GovernmentSeed.Expectation expectation) {
        Position appraiseePosition = built.position(expectation.appraisee().unit(), expectation.appraisee().position());
        Employee appraisee = firstHolder(built, appraiseePosition)
                .orElseThrow(() -> new AssertionError("nobody holds the appraisee position "
                        + expectation.appraisee()));

        AppraisalResult result = derivation.derive(appraisee, STRUCTURE_DATE, built.rules(), Optional.empty());

        if (expectation.unitHeadDeclared()) {
            Position expectedHead = expectation.unitHead() == null ? null
                    : built.position(expectation.unitHead().unit(), expectation.unitHead().position());
            Position derivedHead = result.unitHead() == null ? null
                    : result.unitHead().placementOn(STRUCTURE_DATE).map(Placement::getPosition).orElse(null);
            assertSame(expectedHead, derivedHead, () -> "unit head: expected "
                    + (expectation.unitHead() == null ? "nobody" : expectation.unitHead())
                    + ", derived " + (derivedHead == null ? "nobody"
                    : derivedHead.getUnit().getCode() + " / " + derivedHead.getTitle()));
        }
        if (expectation.problem() != null) {
            assertEquals(AppraisalProblem.valueOf(expectation.problem()), result.problem(),
                    () -> "derived " + describe(result));
            assertNull(result.appraiser(), () -> "derived " + describe(result));
            return;
        }
        assertNotNull(expectation.appraiser(), "an expectation names an appraiser or a problem");
        Position expected = built.position(expectation.appraiser().unit(), expectation.appraiser().position());
        assertNull(result.problem(), () -> "expected " + expectation.appraiser() + ", derived " + describe(result));
        assertSame(expected, result.appraiserPosition(),
                () -> "expected " + expectation.appraiser() + ", derived " + describe(result));
        assertNotNull(result.appraiser(), () -> "the appraiser position is filled: " + describe(result));
        assertSame(expected, result.appraiser().placementOn(STRUCTURE_DATE).map(Placement::getPosition).orElse(null));
    }

    @Test
    void theOracleRejectsAWrongExpectation() {
        String name = SeedParser.BUNDLED.get(0);
        GovernmentBuilder.Built built = builtOrSkip(name);
        GovernmentSeed.Expectation right = SEEDS.get(name).expectations().stream().filter(e -> e.appraiser() != null)
                .findFirst().orElseThrow();
        GovernmentSeed.Expectation wrongAppraiser = new GovernmentSeed.Expectation(right.appraisee(),
                right.appraisee(), null, "deliberately wrong");
        GovernmentSeed.Expectation wrongProblem = new GovernmentSeed.Expectation(right.appraisee(), null,
                AppraisalProblem.MISSING_RULE.name(), "deliberately wrong");

        check(built, derivation(built), right);
        org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
                () -> check(built, derivation(built), wrongAppraiser));
        org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
                () -> check(built, derivation(built), wrongProblem));
    }

    /** A seed that lists who gives the work lists it for every expectation, so none is skipped silently. */
    @TestFactory
    Stream<DynamicTest> aSeedThatListsUnitHeadsListsThemAll() {
        return SeedParser.BUNDLED.stream().map(name -> DynamicTest.dynamicTest(SEEDS.get(name).code(), () -> {
            List<GovernmentSeed.Expectation> expectations = SEEDS.get(name).expectations();
            List<String> without = expectations.stream().filter(e -> !e.unitHeadDeclared())
                    .map(e -> e.appraisee().unit() + " / " + e.appraisee().position()).toList();
            if (without.size() < expectations.size()) {
                assertTrue(without.isEmpty(), () -> "no unitHead for " + without);
            }
        }));
    }

    @Test
    void kayongUtaraListsTheUnitHeadOfEveryExpectation() {
        List<GovernmentSeed.Expectation> expectations = SEEDS.get("kayong-utara").expectations();
        assertFalse(expectations.isEmpty());
        assertTrue(expectations.stream().allMatch(GovernmentSeed.Expectation::unitHeadDeclared));
    }

    @Test
    void theOracleRejectsAWrongUnitHead() {
        String name = "kayong-utara";
        GovernmentBuilder.Built built = builtOrSkip(name);
        GovernmentSeed.Expectation right = SEEDS.get(name).expectations().stream()
                .filter(e -> e.appraiser() != null && e.unitHead() != null && !e.unitHead().equals(e.appraiser()))
                .findFirst().orElseThrow();
        GovernmentSeed.Expectation wrongHead = new GovernmentSeed.Expectation(right.appraisee(), right.appraiser(),
                null, "deliberately wrong", true, right.appraiser());
        GovernmentSeed.Expectation noHead = new GovernmentSeed.Expectation(right.appraisee(), right.appraiser(),
                null, "deliberately wrong", true, null);

        check(built, derivation(built), right);
        org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
                () -> check(built, derivation(built), wrongHead));
        org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
                () -> check(built, derivation(built), noHead));
    }

    @TestFactory
    Stream<DynamicTest> everyFilledPositionWithoutDeclaredProblemHasAnAppraiser() {
        return SeedParser.BUNDLED.stream().map(name -> DynamicTest.dynamicTest(SEEDS.get(name).code(), () -> {
            GovernmentSeed seed = SEEDS.get(name);
            GovernmentBuilder.Built built = builtOrSkip(name);
            AppraiserDerivation derivation = derivation(built);
            Map<String, String> declaredProblems = seed.expectations().stream().filter(e -> e.problem() != null)
                    .collect(Collectors.toMap(e -> e.appraisee().unit() + " / " + e.appraisee().position(),
                            GovernmentSeed.Expectation::problem));
            List<String> offenders = new ArrayList<>();
            for (Employee employee : built.employees()) {
                Position position = employee.placementOn(STRUCTURE_DATE).orElseThrow().getPosition();
                String ref = position.getUnit().getCode() + " / " + position.getTitle();
                AppraisalResult result = derivation.derive(employee, STRUCTURE_DATE, built.rules(), Optional.empty());
                String declared = declaredProblems.get(ref);
                if (declared != null) {
                    if (result.problem() == null || !declared.equals(result.problem().name())) {
                        offenders.add(ref + ": declared " + declared + ", derived " + describe(result));
                    }
                } else if (position.getPositionClass() == PositionClass.KEPALA_DAERAH) {
                    if (result.isProblem() || result.appraiser() != null) {
                        offenders.add(ref + ": the regional head is not appraised, derived " + describe(result));
                    }
                } else if (result.isProblem() || result.appraiser() == null) {
                    offenders.add(ref + ": " + describe(result));
                }
            }
            assertTrue(offenders.isEmpty(), () -> offenders.size() + " positions of " + seed.code()
                    + " derive no appraiser:\n  " + String.join("\n  ", new TreeSet<>(offenders)));
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyDeclaredProblemPositionIsFilled() {
        return SeedParser.BUNDLED.stream().map(name -> DynamicTest.dynamicTest(SEEDS.get(name).code(), () -> {
            GovernmentBuilder.Built built = builtOrSkip(name);
            for (GovernmentSeed.Expectation e : SEEDS.get(name).expectations()) {
                Position position = built.position(e.appraisee().unit(), e.appraisee().position());
                assertTrue(firstHolder(built, position).isPresent(), () -> "nobody holds " + e.appraisee());
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> loginsResolveToTheirPositions() {
        return SeedParser.BUNDLED.stream().map(name -> DynamicTest.dynamicTest(SEEDS.get(name).code(), () -> {
            GovernmentSeed seed = SEEDS.get(name);
            GovernmentBuilder.Built built = builtOrSkip(name);
            assertFalse(seed.logins().isEmpty(), "a seed ships demo logins");
            for (GovernmentSeed.Login login : seed.logins()) {
                Employee employee = built.loginEmployees().get(login.username());
                assertNotNull(employee, login.username());
                assertSame(built.position(login.unit(), login.position()),
                        employee.placementOn(STRUCTURE_DATE).orElseThrow().getPosition(), login.username());
                // what the demo writer does with it: a valid account with grantable roles
                UserAccount account = new UserAccount(built.government(), login.username(), "hash", employee,
                        employee.getName());
                login.grants().stream().map(Role::valueOf).forEach(account::grant);
                assertEquals(login.grants().size(), account.getGrants().size(), login.username());
            }
        }));
    }

    @Test
    void usernamesAreUniqueAcrossAllGovernments() {
        List<String> usernames = SEEDS.values().stream().flatMap(s -> s.logins().stream())
                .map(GovernmentSeed.Login::username).toList();

        assertEquals(usernames.size(), new HashSet<>(usernames).size(), () -> "duplicates in " + usernames);
    }

    @Test
    void nipsAreUniqueAcrossAllGovernments() {
        Map<String, Long> counts = builtGovernments().stream().flatMap(b -> b.employees().stream())
                .map(Employee::getNip).filter(n -> n != null)
                .collect(Collectors.groupingBy(Nip::value, Collectors.counting()));
        List<String> duplicates = counts.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey)
                .toList();

        assertTrue(duplicates.isEmpty(), () -> "NIPs used twice: " + duplicates);
        assertTrue(counts.size() > 100 * builtGovernments().size(), "every government is staffed: " + counts.size());
    }

    @Test
    void everyAsnHasAValidNipAndOnlyTheRegionalHeadsAreStateOfficials() {
        for (GovernmentBuilder.Built built : builtGovernments()) {
            for (Employee employee : built.employees()) {
                Position position = employee.placementOn(STRUCTURE_DATE).orElseThrow().getPosition();
                if (position.getPositionClass() == PositionClass.KEPALA_DAERAH) {
                    assertEquals(EmploymentStatus.STATE_OFFICIAL, employee.getStatus(), employee.getName());
                    assertNull(employee.getNip());
                    assertNull(employee.getRank());
                } else {
                    assertTrue(employee.isAsn(), employee.getName());
                    assertEquals(employee.getNip(), Nip.of(employee.getNip().value()));
                    assertEquals(employee.getBirthDate(), employee.getNip().birthDate());
                    assertEquals(employee.getSex(), employee.getNip().sex());
                    assertNotNull(employee.getRank(), () -> "rank of " + employee.getName());
                }
            }
        }
    }

    @Test
    void everyGeneratedRankExistsInTheRankTableOfTheMigration() throws IOException {
        Map<String, String> migrated = migratedRanks();

        assertFalse(RANK_CODES.isEmpty());
        assertAll(RANK_CODES.stream().map(code -> () -> assertEquals(scheme(code).name(), migrated.get(code),
                "rank " + code + " in db/V1 (DemoDataWriter looks ranks up with em.find)")));
    }

    @Test
    void buildingTwiceGivesTheSamePeople() {
        Set<String> usedNips = new HashSet<>();
        for (String name : SeedParser.BUNDLED) {
            GovernmentBuilder.Built first = BUILT.get(name);
            GovernmentBuilder.Built again;
            try {
                again = GovernmentBuilder.build(SeedParser.bundled(name), SeedExpectationsTest::rank, usedNips);
            } catch (RuntimeException e) {
                assertNull(first, name + " built the first time but not the second: " + e);
                continue; // reported by everySeedBuilds
            }
            assertNotNull(first, name + " did not build the first time but did the second");

            assertEquals(people(first, Employee::getName), people(again, Employee::getName), name + ": names");
            assertEquals(people(first, e -> String.valueOf(e.getNip())), people(again, e -> String.valueOf(e.getNip())),
                    name + ": NIPs");
            assertEquals(people(first, e -> e.getRank() == null ? "-" : e.getRank().getCode()),
                    people(again, e -> e.getRank() == null ? "-" : e.getRank().getCode()), name + ": ranks");
        }
    }

    @Test
    void positionReferencesAreUnambiguous() {
        for (GovernmentBuilder.Built built : builtGovernments()) {
            assertEquals(built.positions().size(), built.positionsByRef().size(),
                    () -> built.government().getCode() + " has two positions with the same title in one unit");
        }
    }

    @Test
    void policyOfEachSeedIsApplied() {
        for (String name : BUILT.keySet()) {
            GovernmentSeed.Policy policy = SEEDS.get(name).policy();
            GovernmentBuilder.Built built = BUILT.get(name);

            assertEquals(policy.performanceOwnerLevel(), built.policy().getPerformanceOwnerLevel(), name);
            assertEquals(policy.groupKinds().stream().sorted().toList(),
                    built.policy().getGroupKinds().stream().map(Enum::name).sorted().toList(), name);
            assertEquals(policy.leadSelection(), built.policy().getLeadSelection().name(), name);
        }
    }

    // ---- helpers

    private static AppraiserDerivation derivation(GovernmentBuilder.Built built) {
        return new AppraiserDerivation(new InMemoryStructure(built.positions(), built.employees()),
                built.policy().getPerformanceOwnerLevel());
    }

    private static Optional<Employee> firstHolder(GovernmentBuilder.Built built, Position position) {
        return built.employees().stream()
                .filter(e -> e.placementOn(STRUCTURE_DATE).map(p -> p.getPosition() == position).orElse(false))
                .findFirst();
    }

    private static List<String> people(GovernmentBuilder.Built built, Function<Employee, String> f) {
        return built.employees().stream().map(f).toList();
    }

    private static String describe(AppraisalResult result) {
        String appraiser = result.appraiserPosition() == null ? "no appraiser position"
                : result.appraiserPosition().getUnit().getCode() + " / " + result.appraiserPosition().getTitle();
        String rules = result.rules().stream().map(r -> r.getRuleCode()).collect(Collectors.joining(", "));
        return (result.problem() == null ? "" : result.problem() + ", ") + appraiser + " (rules: " + rules + ")";
    }

    /** code → scheme from the "insert into rank" of the migrations. */
    private static Map<String, String> migratedRanks() throws IOException {
        Path db = Path.of(System.getProperty("user.dir"), "db");
        Pattern row = Pattern.compile("\\('([^']+)',\\s*'[^']*',\\s*'(PNS|PPPK)',\\s*\\d+\\)");
        Map<String, String> ranks = new HashMap<>();
        try (Stream<Path> files = Files.list(db)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".sql")).toList()) {
                Matcher m = row.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    ranks.put(m.group(1), m.group(2));
                }
            }
        }
        if (ranks.isEmpty()) {
            fail("no rank rows found in " + db);
        }
        return ranks;
    }
}
