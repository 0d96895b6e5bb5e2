package org.framewright.cli.commands;

import java.util.stream.Collectors;

import org.framewright.cli.CommandContext;
import org.framewright.cli.CommandException;
import org.framewright.cli.ExitCode;
import org.framewright.io.CouncilDataReader;
import org.framewright.io.DataFileException;
import org.framewright.io.DataImport;
import org.framewright.io.DataProblem;
import org.framewright.io.ImportOptions;
import org.framewright.model.DataSet;
import org.framewright.model.Framework;
import org.framewright.model.Scenario;
import org.framewright.model.ScoringScheme;
import org.framewright.scoring.Scenarios;

/** What scoring commands share: reading council data for a framework, and picking a scheme and scenario. */
final class ScoringInputs {

    private ScoringInputs() {
    }

    /**
     * The council data in {@code argument} read for scoring {@code scheme} of {@code framework} in {@code period}
     * ({@link ImportOptions#forScoring}): warnings go to stderr; errors go to stderr and end the command with exit 1;
     * an unreadable file ends it with exit 2.
     */
    static DataSet data(CommandContext context, String argument, Framework framework, ScoringScheme scheme,
            String period) throws CommandException {
        DataImport imported;
        try {
            imported = CouncilDataReader.read(context.resolve(argument),
                ImportOptions.forScoring(framework, scheme, period));
        } catch (DataFileException e) {
            throw new CommandException(e.getMessage(), ExitCode.ERROR, e);
        }
        for (DataProblem warning : imported.warnings()) {
            context.err().println("warning: " + warning);
        }
        if (imported.hasErrors()) {
            ProblemLines.print(context.err(), imported.errors(), DataProblem::kind);
            throw new CommandException(imported.errors().size() + " error(s) in " + argument + "; nothing was scored",
                ExitCode.FAILURE, null);
        }
        return imported.dataSet();
    }

    /**
     * The scheme {@code schemeId} of {@code framework} (its first scheme when null), with scenario
     * {@code scenarioId} of that scheme applied when given; unknown ids are usage errors naming the choices.
     */
    static ScoringScheme scheme(Framework framework, String schemeId, String scenarioId, String option)
            throws CommandException {
        if (framework.getSchemes().isEmpty()) {
            throw new CommandException("framework " + framework.getId() + " has no scoring scheme");
        }
        ScoringScheme scheme = schemeId == null ? framework.getSchemes().get(0) : framework.getSchemes().stream()
            .filter(s -> schemeId.equals(s.getId())).findFirst().orElseThrow(() -> new CommandException(option
                + ": framework " + framework.getId() + " has no scheme '" + schemeId + "'; its schemes: "
                + framework.getSchemes().stream().map(ScoringScheme::getId).collect(Collectors.joining(", "))));
        if (scenarioId == null) {
            return scheme;
        }
        Scenario scenario = scheme.getScenarios().stream().filter(s -> scenarioId.equals(s.getId())).findFirst()
            .orElseThrow(() -> new CommandException("scenario of " + option + ": scheme " + scheme.getId()
                + " has no scenario '" + scenarioId + "'; its scenarios: " + scheme.getScenarios().stream()
                    .map(Scenario::getId).collect(Collectors.joining(", "))));
        return Scenarios.apply(scheme, scenario);
    }

    /** {@code framework / scheme [/ scenario]}: how output names what was scored. */
    static String label(Framework framework, ScoringScheme scheme, String scenarioId) {
        return framework.getId() + " / " + scheme.getId() + (scenarioId == null ? "" : " / scenario " + scenarioId);
    }
}
