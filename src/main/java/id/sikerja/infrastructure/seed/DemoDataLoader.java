package id.sikerja.infrastructure.seed;

import id.sikerja.domain.access.PasswordHasher;
import id.sikerja.infrastructure.config.SikerjaConfig;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * When demo mode is on and the database holds no government yet, loads the four seeded governments
 * (Kayong Utara, Jombang, Klaten, Pasuruan) with their demo logins, then the plan stage of the current
 * year in each ({@link DemoPlanWriter}). Runs after the migrations.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    @Inject
    SikerjaConfig config;

    @Inject
    DemoDataWriter writer;

    @Inject
    DemoPlanWriter planWriter;

    @Inject
    PasswordHasher hasher;

    @PostConstruct
    void load() {
        if (!config.demoEnabled() || !writer.databaseIsEmpty()) {
            return;
        }
        long started = System.nanoTime();
        // Every demo login shares the published demo password, so one hash serves them all.
        String hash = hasher.hash(config.demoPassword().toCharArray());
        Set<String> usedNips = new HashSet<>();
        int people = 0;
        List<GovernmentSeed> seeds = new ArrayList<>();
        for (String name : SeedParser.BUNDLED) {
            GovernmentSeed seed = SeedParser.bundled(name);
            seeds.add(seed);
            people += writer.write(seed, usedNips, hash);
        }
        int total = people;
        LOG.info(() -> "Demo data loaded: 4 governments, " + total + " people, in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");

        // the plan stage of the current year, each government in a transaction of its own
        long planStarted = System.nanoTime();
        int year = LocalDate.now().getYear();
        int agreements = 0;
        int skps = 0;
        for (GovernmentSeed seed : seeds) {
            DemoPlanWriter.Summary s = planWriter.write(seed, year);
            agreements += s.agreements();
            skps += s.skps();
        }
        int a = agreements;
        int k = skps;
        LOG.info(() -> "Demo plan data loaded for " + year + ": " + a + " agreements, " + k + " SKPs, in "
                + (System.nanoTime() - planStarted) / 1_000_000 + " ms");
    }
}
