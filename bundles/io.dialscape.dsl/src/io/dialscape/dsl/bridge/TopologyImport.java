package io.dialscape.dsl.bridge;

import io.dialscape.dsl.library.DialscapeLibrary;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads a Lync/SfB topology document (the XML of {@code Get-CsTopology -AsXml}, or Topology Builder's saved
 * document that wraps it) and writes a {@code .ucm} topology (LANGUAGE.md section 11, docs/import.md).
 * The parser refuses DOCTYPEs, so no entity is expanded and nothing is fetched.
 */
public final class TopologyImport {

    public static final String NS_TOPOLOGY = "urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008";
    public static final String NS_BUILDER = "urn:schema:Microsoft.Rtc.Management.Deploy.TopologyBuilder.2008";
    public static final String NS_WRITABLE = "urn:schema:Microsoft.Rtc.Management.Deploy.WritableTopology.2008";
    public static final String DEFAULT_PLATFORM = "sfb2019";

    /** {@code ServiceVersion} of the document's services to platform; see docs/import.md. */
    static final Map<String, String> SERVICE_VERSIONS = Map.of("4", "lync2010", "5", "lync2013", "6", "sfb2015",
            "7", "sfb2019");

    /** The {@code .ucm} text, the warnings (one line each) and how the platform was chosen. */
    public record Result(String text, List<String> warnings, String platform, String platformSource) {
    }

    private TopologyImport() {
    }

    /** Imports {@code file}; {@code platform} may be null (then the document's, else {@value #DEFAULT_PLATFORM}). */
    public static Result read(Path file, String platform) throws ImportProblem {
        Document document;
        try (InputStream in = Files.newInputStream(file)) {
            document = parse(in);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ImportProblem(file + ": no such file");
        } catch (IOException e) {
            throw new ImportProblem(file + ": cannot read: " + oneLine(String.valueOf(e.getMessage())));
        } catch (SAXParseException e) {
            String message = oneLine(String.valueOf(e.getMessage()));
            if (message.contains("DOCTYPE")) {
                message = "a DOCTYPE is refused (no DTDs or entities in a topology document)";
            }
            throw new ImportProblem(file + ":" + e.getLineNumber() + ": not a well-formed or allowed XML document: "
                    + message);
        } catch (SAXException | RuntimeException | StackOverflowError e) {
            throw new ImportProblem(file + ": not a readable XML document: " + oneLine(String.valueOf(e.getMessage())));
        }
        checkAttributeSizes(document, file);
        String stem = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        Result raw = new TopologyImport.Mapper(document, file.getFileName().toString()).map(stem, platform);
        return new Result(io.dialscape.dsl.batch.ModelSet.format(raw.text()), raw.warnings(), raw.platform(), raw.platformSource());
    }

    /** Longest attribute value read; a topology document's longest are FQDNs (at most 253 characters). */
    public static final int MAX_ATTRIBUTE = 4096;

    private static void checkAttributeSizes(Document document, Path file) throws ImportProblem {
        NodeList all = document.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            var attributes = all.item(i).getAttributes();
            for (int j = 0; j < attributes.getLength(); j++) {
                Node a = attributes.item(j);
                if (a.getNodeValue().length() > MAX_ATTRIBUTE) {
                    throw new ImportProblem(file + ": attribute " + a.getNodeName() + " of <" + all.item(i).getLocalName()
                            + "> has " + a.getNodeValue().length() + " characters (at most " + MAX_ATTRIBUTE
                            + " are read): not a topology document");
                }
            }
        }
    }

    /** A namespace-aware DOM parser that refuses DOCTYPEs and external entities and stays within the JDK's limits. */
    static Document parse(InputStream in) throws SAXException, IOException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be made safe: " + e.getMessage(), e);
        }
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        try {
            factory.setAttribute("jdk.xml.maxElementDepth", "1000");
        } catch (IllegalArgumentException e) {
            // an older parser: secure processing's limits still apply
        }
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        try {
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity refused: " + systemId);
            });
            builder.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return builder.parse(in);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The text as it may stand between the double quotes of a .ucm string. */
    static String quoted(String s) {
        return oneLine(s).replace("\\", "\\\\").replace("\"", "\\\"");
    }

    static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /** The roles a platform of the bundled library declares, or null when there is no such platform. */
    public static Set<String> platformRoles(String platform) {
        for (String file : DialscapeLibrary.FILES) {
            String text = DialscapeLibrary.text(file);
            if (!Pattern.compile("(?m)^\\s*platform\\s+" + Pattern.quote(platform) + "\\b").matcher(text).find()) {
                continue;
            }
            Set<String> roles = new LinkedHashSet<>();
            Matcher m = Pattern.compile("(?m)^\\s*role\\s+(\\w+)").matcher(text);
            while (m.find()) {
                roles.add(m.group(1));
            }
            return roles;
        }
        return null;
    }

    /** One document's mapping to text. */
    private static final class Mapper {
        private final Document document;
        private final String source;
        private final List<String> warnings = new ArrayList<>();
        private final Set<String> usedNames = new HashSet<>();

        Mapper(Document document, String source) {
            this.document = document;
            this.source = source;
        }

        private static boolean ours(Node node) {
            String ns = node.getNamespaceURI();
            return NS_TOPOLOGY.equals(ns) || NS_BUILDER.equals(ns) || NS_WRITABLE.equals(ns);
        }

        /** Elements named {@code local} in one of the topology namespaces under {@code root}, in document order. */
        private static List<Element> all(Element root, String local) {
            List<Element> found = new ArrayList<>();
            NodeList list = root.getElementsByTagNameNS("*", local);
            for (int i = 0; i < list.getLength(); i++) {
                if (ours(list.item(i))) {
                    found.add((Element) list.item(i));
                }
            }
            return found;
        }

        private static List<Element> children(Element parent, String local) {
            List<Element> found = new ArrayList<>();
            for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && local.equals(e.getLocalName())) {
                    found.add(e);
                }
            }
            return found;
        }

        private static Element child(Element parent, String local) {
            List<Element> found = children(parent, local);
            return found.isEmpty() ? null : found.get(0);
        }

        private static String clusterKey(Element clusterId) {
            return clusterId == null ? null : clusterId.getAttribute("SiteId") + "/" + clusterId.getAttribute("Number");
        }

        private static String label(Element e) {
            StringBuilder b = new StringBuilder("<").append(e.getLocalName());
            var attributes = e.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Node a = attributes.item(i);
                if (a.getNodeName().startsWith("xmlns")) {
                    continue;
                }
                b.append(' ').append(a.getNodeName()).append("=\"").append(oneLine(a.getNodeValue())).append('"');
            }
            return b.append('>').toString();
        }

        private String name(String fqdnOrName) {
            String base = fqdnOrName == null ? "" : fqdnOrName.strip();
            int dot = base.indexOf('.');
            if (dot > 0) {
                base = base.substring(0, dot);
            }
            base = base.replaceAll("[^A-Za-z0-9_]", "_");
            if (base.length() > 63) {
                base = base.substring(0, 63); // a DNS label's longest
            }
            if (base.isEmpty() || Character.isDigit(base.charAt(0))) {
                base = "_" + base;
            }
            String name = base;
            for (int i = 2; !usedNames.add(name); i++) {
                name = base + "_" + i;
            }
            return name;
        }

        private String note(String text) {
            warnings.add(source + ": " + text);
            return "// " + text;
        }

        private Element topologyRoot() throws ImportProblem {
            Element root = document.getDocumentElement();
            if (!ours(root)) {
                throw new ImportProblem(source + ": not a Lync/SfB topology document (root element <"
                        + root.getLocalName() + "> in namespace " + root.getNamespaceURI() + ")");
            }
            if (NS_TOPOLOGY.equals(root.getNamespaceURI()) && "Topology".equals(root.getLocalName())) {
                return root;
            }
            Element last = null;
            NodeList list = root.getElementsByTagNameNS(NS_TOPOLOGY, "Topology");
            if (list.getLength() > 0) {
                last = (Element) list.item(list.getLength() - 1);
                if (list.getLength() > 1) {
                    warnings.add(source + ": " + list.getLength()
                            + " <Topology> elements in the Topology Builder document: the last one is imported");
                }
            }
            return last != null ? last : root;
        }

        Result map(String stem, String platformOption) throws ImportProblem {
            Element root = topologyRoot();
            // platform
            String platform = platformOption;
            String platformSource = "--platform";
            if (platform == null) {
                String highest = null;
                for (Element service : all(root, "Service")) {
                    String v = service.getAttribute("ServiceVersion");
                    if (SERVICE_VERSIONS.containsKey(v) && (highest == null || v.compareTo(highest) > 0)) {
                        highest = v;
                    }
                }
                if (highest != null) {
                    platform = SERVICE_VERSIONS.get(highest);
                    platformSource = "ServiceVersion=\"" + highest + "\" of the document's services";
                } else {
                    platform = DEFAULT_PLATFORM;
                    platformSource = "the default: the document names no known ServiceVersion";
                }
            }
            Set<String> declared = platformRoles(platform);
            if (declared == null) {
                throw new ImportProblem("unknown platform '" + platform + "' (the library has "
                        + String.join(", ", List.of("ocs2007", "ocs2007r2", "lync2010", "lync2013", "sfb2015", "sfb2019", "teams"))
                        + ")");
            }

            // sites
            Map<String, String> siteNames = new LinkedHashMap<>();
            Map<String, String> siteRegions = new HashMap<>();
            Map<String, List<String>> siteLines = new LinkedHashMap<>();
            List<String> topLines = new ArrayList<>();
            for (Element site : all(root, "CentralSite")) {
                addSite(site, siteNames, siteRegions, siteLines, topLines);
            }
            for (Element site : all(root, "BranchSite")) {
                addSite(site, siteNames, siteRegions, siteLines, topLines);
            }

            // clusters and machines
            Map<String, Element> clusters = new LinkedHashMap<>();
            for (Element cluster : all(root, "Cluster")) {
                String key = clusterKey(child(cluster, "ClusterId"));
                if (key == null) {
                    topLines.add(note("not understood: " + label(cluster) + " without a <ClusterId>: not imported"));
                    continue;
                }
                clusters.put(key, cluster);
            }
            for (Element machine : all(root, "Machine")) {
                Node parent = machine.getParentNode();
                if (!(parent instanceof Element p && "Cluster".equals(p.getLocalName()))) {
                    topLines.add(note("not understood: " + label(machine) + " outside a <Cluster>: not imported"));
                }
            }
            // SQL instances: name/cluster
            Map<String, Element> serviceById = new HashMap<>();
            Map<String, List<Element>> servicesOn = new LinkedHashMap<>();
            Map<String, Set<String>> sqlRoles = new LinkedHashMap<>();
            for (Element service : all(root, "Service")) {
                Element id = child(service, "ServiceId");
                if (id == null) {
                    topLines.add(note("not understood: " + label(service) + " without a <ServiceId>"));
                    continue;
                }
                String role = id.getAttribute("RoleName");
                serviceById.put(id.getAttribute("SiteId") + "/" + role + "/" + id.getAttribute("Instance"), service);
                Element on = child(service, "InstalledOn");
                String where = null;
                boolean sql = false;
                if (on != null) {
                    Element clusterId = child(on, "ClusterId");
                    if (clusterId == null) {
                        Element sqlId = child(on, "SqlInstanceId");
                        if (sqlId != null) {
                            clusterId = child(sqlId, "ClusterId");
                            sql = true;
                        }
                    }
                    where = clusterKey(clusterId);
                }
                if (where == null || !clusters.containsKey(where)) {
                    topLines.add(note("not understood: " + label(id) + " installed on no known cluster: not imported"));
                    continue;
                }
                if (sql && !ServiceRoles.SQL_STORES.contains(role)) {
                    topLines.add(note("not understood: " + label(id) + " on a SQL instance: not imported"));
                    continue;
                }
                servicesOn.computeIfAbsent(where, k -> new ArrayList<>()).add(service);
            }

            // per cluster: roles, pool or not
            Map<String, List<String>> gateways = new LinkedHashMap<>();
            for (Map.Entry<String, Element> entry : clusters.entrySet()) {
                String key = entry.getKey();
                Element cluster = entry.getValue();
                String fqdn = quoted(cluster.getAttribute("Fqdn"));
                String siteId = key.substring(0, key.indexOf('/'));
                List<String> lines = siteLines.get(siteId);
                if (lines == null) {
                    topLines.add(note("not understood: " + label(cluster) + " in no known site (SiteId " + siteId
                            + "): not imported"));
                    continue;
                }
                List<Element> on = servicesOn.getOrDefault(key, List.of());
                Set<String> roleNames = new LinkedHashSet<>();
                for (Element s : on) {
                    roleNames.add(child(s, "ServiceId").getAttribute("RoleName"));
                }
                if (roleNames.contains("PstnGateway")) {
                    List<String> gw = new ArrayList<>();
                    gw.add("gateway " + name(fqdn) + " \"" + fqdn + "\" product GenericGateway version \"0\"");
                    gateways.put(key, gw);
                    for (String other : roleNames) {
                        if (!other.equals("PstnGateway")) {
                            gw.add(0, note("not understood: " + other + " on the PSTN gateway " + fqdn + ": not imported"));
                        }
                    }
                    continue;
                }
                boolean director = false;
                Set<String> roles = new LinkedHashSet<>();
                List<String> notes = new ArrayList<>();
                for (Element s : on) {
                    Element id = child(s, "ServiceId");
                    String role = id.getAttribute("RoleName");
                    if ("Registrar".equals(role) && isDirector(s)) {
                        director = true;
                        addRole(ServiceRoles.DIRECTOR, role, fqdn, declared, platform, roles, notes);
                        continue;
                    }
                    List<String> mapped = ServiceRoles.ROLES.get(role);
                    if (mapped == null) {
                        if (!ServiceRoles.NO_ROLE.contains(role)) {
                            notes.add(note("not understood: " + label(id) + " on " + fqdn + ": not imported"));
                        }
                        continue;
                    }
                    for (String r : mapped) {
                        if ("ConfServices".equals(role) && "WebConferencing".equals(r)) {
                            if (declared.contains(r)) {
                                roles.add(r);
                            }
                            continue;
                        }
                        addRole(r, role, fqdn, declared, platform, roles, notes);
                    }
                }
                if (director) {
                    roles.remove("WebComponents"); // a Director's Web Services are part of the Director
                    roles.remove("FrontEnd");
                }
                boolean perimeter = roleNames.contains("EdgeServer");
                List<Element> machines = children(cluster, "Machine");
                if (roleNames.contains("UserServices")) {
                    boolean enterprise = machines.size() > 1 || userStoreElsewhere(on, key, serviceById);
                    lines.addAll(notes);
                    lines.add("pool " + name(fqdn) + (enterprise ? " enterprise" : " standard") + " \"" + fqdn + "\" {");
                    for (Element machine : machines) {
                        lines.add("    " + server(machine, roles, perimeter));
                    }
                    if (machines.isEmpty()) {
                        lines.add("    " + note("not understood: " + label(cluster) + " has no <Machine>"));
                    }
                    lines.add("}");
                } else {
                    lines.addAll(notes);
                    for (Element machine : machines) {
                        lines.add(server(machine, roles, perimeter));
                    }
                }
            }

            // text
            StringBuilder out = new StringBuilder();
            out.append("// Imported by 'dialscape import topology': platform ").append(platform).append(" from ")
                    .append(platformSource).append('\n');
            String topologyName = stem;
            for (Element domains : all(root, "InternalDomains")) {
                if (!domains.getAttribute("DefaultDomain").isBlank()) {
                    topologyName = domains.getAttribute("DefaultDomain");
                    break;
                }
            }
            out.append("topology ").append(name(topologyName)).append(" platform ").append(platform).append(" {\n");
            boolean first = true;
            for (Map.Entry<String, String> site : siteNames.entrySet()) {
                if (!first) {
                    out.append('\n');
                }
                first = false;
                String region = siteRegions.get(site.getKey());
                out.append("    site ").append(site.getValue());
                if (region != null) {
                    out.append(" region \"").append(region).append('"');
                }
                out.append(" {\n");
                for (String line : siteLines.get(site.getKey())) {
                    out.append("        ").append(line).append('\n');
                }
                out.append("    }\n");
            }
            if (!gateways.isEmpty()) {
                out.append('\n');
                for (List<String> gw : gateways.values()) {
                    for (String line : gw) {
                        out.append("    ").append(line).append('\n');
                    }
                }
            }
            if (!topLines.isEmpty()) {
                out.append('\n');
                for (String line : topLines) {
                    out.append("    ").append(line).append('\n');
                }
            }
            out.append("}\n");
            return new Result(out.toString(), List.copyOf(warnings), platform, platformSource);
        }

        private void addSite(Element site, Map<String, String> siteNames, Map<String, String> siteRegions,
                Map<String, List<String>> siteLines, List<String> topLines) {
            String id = site.getAttribute("SiteId");
            String display = site.getAttribute("Name");
            if (display.isEmpty()) {
                Element nameElement = child(site, "Name");
                display = nameElement == null ? "" : nameElement.getTextContent().strip();
            }
            if (id.isEmpty() || siteNames.containsKey(id)) {
                topLines.add(note("not understood: " + label(site) + " without a SiteId or with one seen before"));
                return;
            }
            siteNames.put(id, name(display.isEmpty() ? "site" + id : display));
            Element location = child(site, "Location");
            if (location != null && location.getAttribute("CountryCode").matches("[A-Za-z]{2}")) {
                siteRegions.put(id, location.getAttribute("CountryCode").toUpperCase(java.util.Locale.ROOT));
            }
            siteLines.put(id, new ArrayList<>());
        }

        private void addRole(String role, String vendorRole, String fqdn, Set<String> declared, String platform,
                Set<String> roles, List<String> notes) {
            if (declared.contains(role)) {
                roles.add(role);
            } else if (!roles.contains(role)) {
                notes.add(note(vendorRole + " on " + fqdn + ": platform " + platform + " declares no role " + role
                        + ": not imported"));
            }
        }

        private static boolean isDirector(Element service) {
            NodeList all = service.getElementsByTagNameNS("*", "*");
            for (int i = 0; i < all.getLength(); i++) {
                if ("true".equalsIgnoreCase(((Element) all.item(i)).getAttribute("IsDirector"))) {
                    return true;
                }
            }
            return "true".equalsIgnoreCase(service.getAttribute("IsDirector"));
        }

        /** The pool's user store (its UserServices' dependency) is on a SQL instance of another cluster. */
        private static boolean userStoreElsewhere(List<Element> on, String key, Map<String, Element> serviceById) {
            for (Element s : on) {
                if (!"UserServices".equals(child(s, "ServiceId").getAttribute("RoleName"))) {
                    continue;
                }
                NodeList ids = s.getElementsByTagNameNS("*", "ServiceId");
                for (int i = 0; i < ids.getLength(); i++) {
                    Element id = (Element) ids.item(i);
                    if (!"UserStore".equals(id.getAttribute("RoleName"))) {
                        continue;
                    }
                    Element store = serviceById.get(id.getAttribute("SiteId") + "/UserStore/" + id.getAttribute("Instance"));
                    Element installed = store == null ? null : child(store, "InstalledOn");
                    Element sql = installed == null ? null : child(installed, "SqlInstanceId");
                    Element clusterId = sql == null ? null : child(sql, "ClusterId");
                    if (clusterId != null && !key.equals(clusterKey(clusterId))) {
                        return true;
                    }
                }
            }
            return false;
        }

        private String server(Element machine, Set<String> roles, boolean perimeter) {
            String fqdn = quoted(machine.getAttribute("Fqdn"));
            String head = "server " + name(fqdn) + " \"" + fqdn + "\"" + (perimeter ? " perimeter" : "");
            if (roles.isEmpty()) {
                return note("not understood: " + label(machine) + " runs no service with a role of this platform: "
                        + head);
            }
            return head + " roles " + String.join(", ", roles);
        }
    }
}
