package org.relactation.bot.rules;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;
import org.relactation.bot.conversation.Turn;
import org.telegram.telegrambots.meta.api.objects.Update;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.relactation.bot.rules.PackageInfo.BOT;

/**
 * The house rules on the bot's compiled classes (ArchUnit imports them once for every rule here):
 * <ul>
 *   <li>every package has a package-info.java that says what it does and, on its "Depends on:" line, which of the
 *   bot's packages it may use; it uses those and no others;</li>
 *   <li>only telegram/ sees TelegramBots types: the rest of the bot works on Inbound and Action;</li>
 *   <li>the top-level packages form no cycle.</li>
 * </ul>
 * A real dependency that is wrong is listed below as a known exception, with why, until someone fixes it; an
 * exception that is no longer real fails the test so the list stays true.
 */
@AnalyzeClasses(packages = BOT, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final Map<String, PackageInfo> PACKAGES = PackageInfo.all();

    /** Package dependencies that exist but should not, until they are fixed. */
    private static final List<Known> KNOWN_DEPENDENCIES = List.of(
            new Known("operations", "outbound", "Metrics.outbox takes the OutboundQueue to read its counters;"
                    + " operations should know no capability and take the counts as functions, wired in app"));

    /** TelegramBots types used outside telegram/, until they are fixed. */
    private static final List<Known> KNOWN_TELEGRAM_USES = List.of(
            new Known(BOT + ".app.Application", "org.telegram.telegrambots.meta.exceptions.TelegramApiException",
                    "Application.startTelegram declares the exception; the telegram adapter should wrap it"),
            new Known(BOT + ".app.StartupFailure",
                    "org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException",
                    "reads the Bot API's refusal (code, description) to name the cause in one line; the telegram "
                            + "adapter should translate it"));

    /** A dependency from a package (or class) to another that is known to be wrong. */
    record Known(String from, String to, String why) {
    }

    @ArchTest
    static void everyPackageSaysWhatItDoesAndWhatItMayDependOn(JavaClasses classes) {
        Set<String> packages = classes.stream().map(type -> unit(type.getPackageName())).collect(Collectors.toSet());

        assertThat(PACKAGES.keySet()).as("packages with a package-info.java").containsAll(packages);
        PACKAGES.values().forEach(info -> {
            assertThat(info.description()).as(info.name() + ": what the package does").hasSizeGreaterThan(40);
            assertThat(PACKAGES.keySet()).as(info.name() + ": 'Depends on:' names packages that exist")
                    .containsAll(info.dependsOn());
            assertThat(info.dependsOn()).as(info.name() + " depends on itself").doesNotContain(info.name());
        });
    }

    @ArchTest
    static final ArchRule packagesUseOnlyWhatTheirPackageInfoAllows = classes().that().resideInAPackage(BOT + "..")
            .should(useOnlyDeclaredPackages(PACKAGES, KNOWN_DEPENDENCIES));

    @ArchTest
    static void everyDependencyAPackageInfoNamesIsReal(JavaClasses classes) {
        Map<String, Set<String>> used = dependencies(classes);
        Map<String, Set<String>> unused = new TreeMap<>();
        PACKAGES.values().stream().filter(info -> !info.anything()).forEach(info -> {
            Set<String> named = new TreeSet<>(info.dependsOn());
            named.removeAll(used.getOrDefault(info.name(), Set.of()));
            if (!named.isEmpty()) {
                unused.put(info.name(), named);
            }
        });

        assertThat(unused).as("packages named on a 'Depends on:' line that the package does not use").isEmpty();
        assertThat(KNOWN_DEPENDENCIES).as("known exceptions that are still real (remove the others)")
                .allSatisfy(known -> assertThat(used.getOrDefault(known.from(), Set.of())).contains(known.to()));
    }

    @ArchTest
    static final ArchRule onlyTelegramSeesTelegramBots = classes().that().resideInAPackage(BOT + "..")
            .and().resideOutsideOfPackage(BOT + ".telegram..")
            .should(useNoTelegramBotsTypes(KNOWN_TELEGRAM_USES));

    @ArchTest
    static void theKnownTelegramUsesAreStillReal(JavaClasses classes) {
        assertThat(KNOWN_TELEGRAM_USES).allSatisfy(known -> assertThat(classes.get(known.from())
                .getDirectDependenciesFromSelf()).anySatisfy(dependency ->
                assertThat(target(dependency).getName()).isEqualTo(known.to())));
    }

    @ArchTest
    static final ArchRule theTopLevelPackagesFormNoCycle = slices().matching(BOT + ".(*)..").should().beFreeOfCycles();

    /** The rules fail when broken: a class that uses what its package may not, and one that sees TelegramBots. */
    @Test
    void theRulesFailWhenBroken() {
        JavaClasses breaking = new ClassFileImporter().importClasses(BreaksTheRules.class);
        Map<String, PackageInfo> rules = Map.of("rules", new PackageInfo("rules", "a package for this test only",
                Set.of("content"), false));

        assertThat(classes().should(useOnlyDeclaredPackages(rules, List.of())).evaluate(breaking).getFailureReport()
                .getDetails()).isNotEmpty()
                .allSatisfy(line -> assertThat(line).contains("rules may not use conversation"))
                .anySatisfy(line -> assertThat(line).contains(Turn.class.getName()));
        assertThat(classes().should(useOnlyDeclaredPackages(rules, List.of(new Known("rules", "conversation", "test"))))
                .evaluate(breaking).hasViolation()).isFalse();
        assertThat(classes().should(useNoTelegramBotsTypes(List.of())).evaluate(breaking).getFailureReport()
                .getDetails()).isNotEmpty().allSatisfy(line -> assertThat(line).contains(Update.class.getName()));
    }

    @Test
    void aDependsOnLineIsReadWithItsNotesAndCode() {
        JavaSource source = JavaSource.parse(Path.of("package-info.java"), "example/package-info.java", """
                /**
                 * What it does, at some length (with a note, and a comma).
                 *
                 * <p>Depends on: {@code content}, conversation (Turn, Action; the core), logbook.report
                 * and storage (reading, never writing). Uses Lucene.
                 */
                package org.relactation.bot.example;
                """);

        PackageInfo info = PackageInfo.parse(source);

        assertThat(info.name()).isEqualTo("example");
        assertThat(info.description()).isEqualTo("What it does, at some length (with a note, and a comma).");
        assertThat(info.dependsOn()).containsExactly("content", "conversation", "logbook.report", "storage");
    }

    /** Uses conversation and TelegramBots, which the test's own package may not. */
    @SuppressWarnings("unused")
    static final class BreaksTheRules {
        String read(Turn turn, Update update) {
            return turn.chatId() + " " + update.getUpdateId();
        }
    }

    private static ArchCondition<JavaClass> useOnlyDeclaredPackages(Map<String, PackageInfo> packages,
                                                                  List<Known> known) {
        return new ArchCondition<>("use only the packages their package-info.java names") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                String from = unit(type.getPackageName());
                PackageInfo info = packages.get(from);
                for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                    String to = unit(target(dependency).getPackageName());
                    if (to == null || to.equals(from)) {
                        continue;
                    }
                    boolean allowed = info != null && (info.anything() || info.dependsOn().contains(to));
                    boolean knownWrong = known.stream().anyMatch(k -> k.from().equals(from) && k.to().equals(to));
                    if (allowed || knownWrong) {
                        continue;
                    }
                    String problem = info == null ? from + " has no package-info.java" : from + " may not use " + to;
                    events.add(SimpleConditionEvent.violated(dependency, problem + ": " + dependency.getDescription()));
                }
            }
        };
    }

    private static ArchCondition<JavaClass> useNoTelegramBotsTypes(List<Known> known) {
        return new ArchCondition<>("use no TelegramBots type (org.telegram..): only telegram/ does") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                    String to = target(dependency).getName();
                    if (to.startsWith("org.telegram.") && known.stream().noneMatch(k ->
                            k.from().equals(dependency.getOriginClass().getName()) && k.to().equals(to))) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    /** Which of the bot's packages each package uses. */
    private static Map<String, Set<String>> dependencies(JavaClasses classes) {
        Map<String, Set<String>> used = new TreeMap<>();
        for (JavaClass type : classes) {
            String from = unit(type.getPackageName());
            for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                String to = unit(target(dependency).getPackageName());
                if (to != null && !to.equals(from)) {
                    used.computeIfAbsent(from, any -> new TreeSet<>()).add(to);
                }
            }
        }
        return used;
    }

    private static JavaClass target(Dependency dependency) {
        return dependency.getTargetClass().getBaseComponentType();
    }

    /** The package relative to org.relactation.bot ("logbook.report"); "" for the root; null outside the bot. */
    private static String unit(String javaPackage) {
        if (javaPackage.equals(BOT)) {
            return "";
        }
        return javaPackage.startsWith(BOT + ".") ? javaPackage.substring(BOT.length() + 1) : null;
    }
}
