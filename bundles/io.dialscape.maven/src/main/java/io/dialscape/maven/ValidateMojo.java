package io.dialscape.maven;

import io.dialscape.cli.Reports;
import io.dialscape.dsl.batch.BatchValidator;
import io.dialscape.dsl.batch.Finding;
import io.dialscape.dsl.batch.InputProblem;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Validates the project's {@code .ucm} models with the validator of the command line
 * ({@code dialscape validate}): the same diagnostics, the same text lines, the same report
 * formats. Every diagnostic goes to the build log as
 * {@code path:line:column: severity: message [code]}; the build fails when one reaches
 * {@link #failOn}.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class ValidateMojo extends AbstractMojo {

    /** Where the models are when {@link #sourceDirectories} is not configured. */
    static final String DEFAULT_SOURCE_DIRECTORY = "src/main/ucm";

    /** Lowest severity that fails the build. */
    enum FailOn { error, warning }

    /** Report format: the formats of {@code dialscape validate --format}. */
    enum Format {
        text("dialscape.txt"), json("dialscape.json"), sarif("dialscape.sarif"), junit("TEST-dialscape.xml");

        /** File name in the build directory when no {@link ValidateMojo#outputFile} is given. */
        final String defaultFileName;

        Format(String defaultFileName) {
            this.defaultFileName = defaultFileName;
        }
    }

    /**
     * Folders (searched recursively) and {@code .ucm} files validated together, so references
     * across files resolve. Default: {@code ${project.basedir}/src/main/ucm}; a project without
     * that folder is skipped, while a configured path that does not exist fails the build.
     */
    @Parameter
    private List<File> sourceDirectories;

    /** Lowest severity that fails the build: {@code error} or {@code warning}. */
    @Parameter(property = "dialscape.failOn", defaultValue = "error")
    private String failOn;

    /**
     * Report format: {@code text}, {@code json}, {@code sarif} (SARIF 2.1.0, for code scanning)
     * or {@code junit} (JUnit XML, for any CI's test report). The diagnostics are always in the
     * build log as well.
     */
    @Parameter(property = "dialscape.format", defaultValue = "text")
    private String format;

    /**
     * Where the report goes. Default: none for {@code text} (the log shows it), and
     * {@code target/dialscape.json}, {@code target/dialscape.sarif} or
     * {@code target/TEST-dialscape.xml} for the other formats.
     */
    @Parameter(property = "dialscape.outputFile")
    private File outputFile;

    /** Skips the validation. */
    @Parameter(property = "dialscape.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File basedir;

    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    private File buildDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Dialscape validation skipped");
            return;
        }
        FailOn threshold = parse(FailOn.class, "failOn", failOn);
        Format reportFormat = parse(Format.class, "format", format);
        List<Path> paths = new ArrayList<>();
        if (sourceDirectories == null || sourceDirectories.isEmpty()) {
            Path defaultDirectory = basedir.toPath().resolve(DEFAULT_SOURCE_DIRECTORY);
            if (!Files.isDirectory(defaultDirectory)) {
                getLog().info("No " + DEFAULT_SOURCE_DIRECTORY + " folder: no models to validate");
                return;
            }
            paths.add(defaultDirectory);
        } else {
            for (File directory : sourceDirectories) {
                paths.add(directory.toPath());
            }
        }

        BatchValidator.Report report;
        try {
            report = new BatchValidator().validate(paths);
        } catch (InputProblem e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }

        for (Finding finding : report.findings()) {
            String line = Reports.line(finding);
            if (finding.isError()) {
                getLog().error(line);
            } else if (finding.isWarning()) {
                getLog().warn(line);
            } else {
                getLog().info(line);
            }
        }
        getLog().info(Reports.summary(report));

        Path reportFile = outputFile != null ? outputFile.toPath()
                : reportFormat == Format.text ? null : buildDirectory.toPath().resolve(reportFormat.defaultFileName);
        if (reportFile != null) {
            write(reportFile, switch (reportFormat) {
                case text -> Reports.text(report);
                case json -> Reports.json(report);
                case sarif -> Reports.sarif(report);
                case junit -> Reports.junit(report);
            });
            getLog().info("Dialscape " + reportFormat + " report: " + reportFile);
        }

        long errors = report.count("error");
        long warnings = threshold == FailOn.warning ? report.count("warning") : 0;
        if (errors + warnings > 0) {
            String found = errors > 0 && warnings > 0 ? count(errors, "error") + " and " + count(warnings, "warning")
                    : errors > 0 ? count(errors, "error") : count(warnings, "warning");
            throw new MojoFailureException("Dialscape found " + found + " in the models (failOn=" + threshold
                    + "); see the diagnostics above");
        }
    }

    private static void write(Path file, String text) throws MojoExecutionException {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the Dialscape report " + file + " (" + e.getMessage() + ")", e);
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String parameter, String value) throws MojoExecutionException {
        List<String> names = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value == null ? "" : value.strip().toLowerCase(Locale.ROOT))) {
                return constant;
            }
            names.add(constant.name());
        }
        throw new MojoExecutionException("Dialscape parameter " + parameter + " is '" + value + "'; it must be one of "
                + String.join(", ", names));
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
