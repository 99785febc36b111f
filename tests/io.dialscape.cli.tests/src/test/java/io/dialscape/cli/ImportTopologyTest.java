package io.dialscape.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dialscape import topology} (LANGUAGE.md section 11, docs/import.md). */
class ImportTopologyTest {

    private static final String NS = "urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008";

    @TempDir
    Path dir;

    private static Path fixture(String name) {
        return Cli.root().resolve("tests/io.dialscape.cli.tests/src/test/resources/import").resolve(name);
    }

    private static Cli run(String... args) {
        return assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Cli.run(args));
    }

    private static final String UNKNOWN_WARNING = "not understood: <ServiceId Instance=\"1\" RoleName=\"BandwidthPolicyServices\" SiteId=\"1\"> on pool01.contoso.com: not imported";

    @Test
    void importsTheFixtureExactly() throws IOException {
        Cli cli = run("import", "topology", fixture("contoso-topology.xml").toString());
        assertEquals(0, cli.status(), cli.err());
        assertEquals(Files.readString(fixture("contoso-topology.expected.ucm")), cli.out());
        assertEquals("dialscape: warning: contoso-topology.xml: " + UNKNOWN_WARNING + "\n", cli.err());
    }

    @Test
    void topologyBuilderDocumentGivesTheSameModel() throws IOException {
        Cli cli = run("import", "topology", fixture("contoso-topologybuilder.xml").toString());
        assertEquals(0, cli.status(), cli.err());
        assertEquals(Files.readString(fixture("contoso-topology.expected.ucm")), cli.out());
        assertEquals("dialscape: warning: contoso-topologybuilder.xml: " + UNKNOWN_WARNING + "\n", cli.err());
    }

    @Test
    void theImportedModelHasNoSyntaxOrLinkingError() {
        Path out = dir.resolve("contoso.ucm");
        Cli imported = run("import", "topology", fixture("contoso-topology.xml").toString(), "-o", out.toString());
        assertEquals(0, imported.status(), imported.err());
        assertEquals("", imported.out());
        assertTrue(Files.exists(out));
        Cli validated = run("validate", out.toString());
        assertFalse(validated.out().contains("[syntax]") || validated.out().contains("[linking]"), validated.out());
        assertTrue(validated.noStackTrace(), validated.out() + validated.err());
    }

    @Test
    void outputGoesThroughTheProjectsFormatter() {
        assertEquals("topology t platform sfb2019 {\n    site A {\n        server a \"a.x\" roles FrontEnd\n    }\n}\n",
                io.dialscape.dsl.batch.ModelSet.format(
                        "topology t platform sfb2019 {\nsite A {\n  server a \"a.x\" roles FrontEnd\n }\n}\n"));
    }

    @Test
    void platformOptionWinsAndDropsWhatThePlatformLacks() throws IOException {
        Path out = dir.resolve("ocs.ucm");
        Cli cli = run("import", "topology", fixture("contoso-topology.xml").toString(), "--platform", "ocs2007r2",
                "-o", out.toString());
        assertEquals(0, cli.status(), cli.err());
        String text = Files.readString(out);
        assertTrue(text.contains("topology contoso platform ocs2007r2 {"), text);
        Cli validated = run("validate", out.toString());
        assertFalse(validated.out().contains("[syntax]") || validated.out().contains("[linking]"), validated.out());
    }

    @Test
    void unknownPlatformIsOneLine() {
        Cli cli = run("import", "topology", fixture("contoso-topology.xml").toString(), "--platform", "lync2099");
        assertEquals(2, cli.status());
        assertEquals("", cli.out());
        assertEquals(1, cli.err().lines().count(), cli.err());
    }

    @Test
    void machineOutsideAClusterAndUnknownSiteAreCommentsAndWarnings() throws IOException {
        Path file = write("odd.xml", "<Topology xmlns=\"" + NS + "\"><Sites><BranchSite SiteId=\"1\" Name=\"Branch 1\"/></Sites>"
                + "<Clusters><Machine Fqdn=\"lost.contoso.com\"/><Cluster Fqdn=\"x.contoso.com\"><ClusterId SiteId=\"9\" Number=\"1\"/>"
                + "<Machine Fqdn=\"x.contoso.com\"/></Cluster></Clusters></Topology>");
        Cli cli = run("import", "topology", file.toString());
        assertEquals(0, cli.status(), cli.err());
        assertTrue(cli.out().contains("    site Branch_1 {"), cli.out());
        assertTrue(cli.out().contains("// not understood: <Machine Fqdn=\"lost.contoso.com\"> outside a <Cluster>"), cli.out());
        assertTrue(cli.out().contains("// not understood: <Cluster Fqdn=\"x.contoso.com\"> in no known site"), cli.out());
        assertEquals(2, cli.err().lines().filter(l -> l.startsWith("dialscape: warning: odd.xml: not understood:")).count(), cli.err());
    }

    /** Found by ImporterFuzzTest: a cluster without its ClusterId crashed the importer. */
    @Test
    void clusterWithoutClusterIdIsACommentAndAWarning() throws IOException {
        Path file = write("noid.xml", "<Topology xmlns=\"" + NS + "\"><Sites><CentralSite SiteId=\"1\" Name=\"A\"/></Sites>"
                + "<Clusters><Cluster Fqdn=\"x.contoso.com\"><Machine Fqdn=\"x.contoso.com\"/></Cluster></Clusters></Topology>");
        Cli cli = run("import", "topology", file.toString());
        assertEquals(0, cli.status(), cli.err());
        assertTrue(cli.out().contains("// not understood: <Cluster Fqdn=\"x.contoso.com\"> without a <ClusterId>: not imported"), cli.out());
        assertEquals("dialscape: warning: noid.xml: not understood: <Cluster Fqdn=\"x.contoso.com\"> without a <ClusterId>: not imported\n",
                cli.err());
    }

    @Test
    void billionLaughsIsOneLine() throws IOException {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            b.append(" <!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">\n");
        }
        b.append("]>\n<Topology xmlns=\"").append(NS).append("\">&lol9;</Topology>\n");
        assertRefused(write("laughs.xml", b.toString()));
    }

    @Test
    void externalEntityIsOneLineAndNothingIsRead() throws IOException {
        Path secret = write("secret.txt", "TOPSECRET");
        assertRefused(write("xxe.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE Topology [ <!ENTITY xxe SYSTEM \"" + secret.toUri()
                + "\"> ]>\n<Topology xmlns=\"" + NS + "\"><Sites><CentralSite SiteId=\"1\"><Name>&xxe;</Name></CentralSite></Sites></Topology>\n"));
    }

    @Test
    void deepNestingIsOneLine() throws IOException {
        assertRefused(write("deep.xml", "<Topology xmlns=\"" + NS + "\">" + "<a>".repeat(100_000) + "</a>".repeat(100_000)
                + "</Topology>"));
    }

    @Test
    void hugeAttributeIsOneLine() throws IOException {
        assertRefused(write("huge.xml", "<Topology xmlns=\"" + NS + "\"><Sites><CentralSite SiteId=\"1\" Name=\""
                + "x".repeat(5_000_000) + "\"/></Sites></Topology>"));
    }

    @Test
    void malformedIsOneLine() throws IOException {
        assertRefused(write("broken.xml", "<Topology xmlns=\"" + NS + "\"><Sites><CentralSite SiteId=\"1\">"));
    }

    @Test
    void notATopologyIsOneLine() throws IOException {
        assertRefused(write("other.xml", "<project/>"));
    }

    @Test
    void missingFileIsOneLine() {
        assertRefused(dir.resolve("nowhere.xml"));
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static void assertRefused(Path file) {
        Cli cli = run("import", "topology", file.toString());
        assertEquals(2, cli.status(), cli.out() + cli.err());
        assertEquals("", cli.out());
        assertEquals(1, cli.err().lines().count(), cli.err());
        assertTrue(cli.err().startsWith("dialscape: "), cli.err());
        assertFalse(cli.err().contains("TOPSECRET"), cli.err());
        assertTrue(cli.noStackTrace(), cli.err());
    }
}
