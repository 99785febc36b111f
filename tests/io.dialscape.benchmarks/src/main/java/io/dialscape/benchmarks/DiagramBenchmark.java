package io.dialscape.benchmarks;

import io.dialscape.diagram.Diagram;
import io.dialscape.diagram.DiagramGraph;
import io.dialscape.diagram.DiagramGraph.Kind;
import io.dialscape.diagram.DiagramGraph.LinkKind;
import io.dialscape.diagram.DiagramGraph.Node;
import io.dialscape.diagram.DiagramGraph.Problem;
import io.dialscape.diagram.DiagramLayout;
import io.dialscape.diagram.SvgWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Benchmark of a topology diagram (issue 12): ELK layout plus the SVG text of a 2,000-server topology, without
 * JMH: a plain {@code main} that prints a table (see docs/benchmarks.md).
 *
 * <p>The topology: 20 sites of 10 pools of 10 servers (roles FrontEnd, Mediation, so each pool's servers share
 * their gateways), each site with 2 perimeter servers, 8 gateways, 4 PBXs with their bindings and Direct SIP
 * trunks from 4 Mediation Servers, and 100 routes over the gateways; one server in fifty has an error. It is
 * laid out two ways, side by side in one run: as Dialscape draws it (a pool whose servers all run Mediation is
 * linked to each gateway once, 1,600 links) and with every server linked to every gateway (16,000
 * cross-hierarchy links: what drawing the model literally would cost). Each is timed cold (the first layout in
 * this JVM, class loading and JIT included, as a command-line run sees it) and warm (median of the runs after
 * as many warm-ups): wall clock and CPU time of the thread.
 */
public final class DiagramBenchmark {

    private static final ThreadMXBean CLOCK = ManagementFactory.getThreadMXBean();
    static final int GATEWAYS = Integer.getInteger("gateways", 2);

    private DiagramBenchmark() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        System.out.printf("Topology diagram: %d cores, %s %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"));
        System.out.println("| links from pools | servers | links | cold: layout + SVG, wall (CPU) | warm median, wall (CPU) | SVG |");
        System.out.println("|---|---|---|---|---|---|");
        for (boolean perServer : new boolean[] { false, true }) {
            DiagramGraph graph = topology(20, 10, 10, perServer);
            int[] size = new int[1];
            long[] cold = once(() -> size[0] = SvgWriter.document(DiagramLayout.layout(graph)).length());
            long[] warm = median(runs, () -> size[0] = SvgWriter.document(DiagramLayout.layout(graph)).length());
            System.out.printf("| %s | %,d | %,d | %.2f s (%.2f s) | %.2f s (%.2f s) | %.1f MB |%n",
                    perServer ? "no: every server to every gateway" : "yes (as drawn)", servers(graph), graph.edges().size(),
                    cold[0] / 1e9, cold[1] / 1e9, warm[0] / 1e9, warm[1] / 1e9, size[0] / 1e6);
        }
    }

    /** The generated topology (see the class comment). */
    static DiagramGraph topology(int sites, int pools, int serversPerPool, boolean perServer) {
        DiagramGraph graph = new DiagramGraph("estate", "topology estate \u00b7 platform sfb2019", null);
        List<Node> poolNodes = new ArrayList<>();
        List<Node> mediation = new ArrayList<>();
        int n = 0;
        for (int s = 0; s < sites; s++) {
            Node site = new Node("site" + s, Kind.SITE, "site Site" + s + " (US)", List.of(), null);
            for (int p = 0; p < pools; p++) {
                Node pool = new Node("pool" + s + "_" + p, Kind.POOL, "pool pool" + s + "_" + p + " enterprise pool" + s + "_" + p
                        + ".contoso.com", List.of(), null);
                for (int v = 0; v < serversPerPool; v++) {
                    String name = "fe" + s + "_" + p + "_" + v;
                    Node server = new Node(name, Kind.SERVER, "server " + name, List.of(name + ".contoso.com",
                            "roles FrontEnd, Mediation"), null);
                    if (n++ % 50 == 0) {
                        server.addProblem(new Problem("error", "collocation.unsupported", "Server '" + name + "' may not hold ..."));
                    }
                    pool.add(server);
                    mediation.add(server);
                }
                site.add(pool);
                poolNodes.add(pool);
            }
            Node perimeter = new Node("perimeter" + s, Kind.PERIMETER, "perimeter network", List.of(), null);
            for (int e = 0; e < 2; e++) {
                perimeter.add(new Node("edge" + s + "_" + e, Kind.SERVER, "server edge" + s + "_" + e,
                        List.of("edge" + s + "_" + e + ".contoso.com", "roles AccessEdge, WebConferencingEdge, AVEdge"), null));
            }
            site.add(perimeter);
            graph.add(site);
        }
        List<Node> gateways = new ArrayList<>();
        for (int g = 0; g < GATEWAYS; g++) {
            Node gateway = new Node("gw" + g, Kind.GATEWAY, "gateway gw" + g, List.of("gw" + g + ".contoso.com",
                    "AudioCodes Mediant 1000 7.40"), null);
            gateways.add(gateway);
            graph.add(gateway);
        }
        List<Node> pbxs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Node pbx = new Node("icp" + i, Kind.PBX, "pbx icp" + i, List.of("Mitel 3300 ICP 9.0 UR2", "10.0.0." + i), null);
            pbxs.add(pbx);
            graph.add(pbx);
        }
        Node routes = new Node("routes", Kind.ROUTES, "voice routes", List.of(), null);
        List<Node> routeNodes = new ArrayList<>();
        for (int r = 0; r < 100; r++) {
            Node route = new Node("route" + r, Kind.ROUTE, "route R" + r + " (priority " + (r + 1) + ")", List.of("pattern ^\\+1" + (200 + r) + "\\d{7}$",
                    "usages U" + (r % 10)), null);
            routes.add(route);
            routeNodes.add(route);
        }
        graph.add(routes);
        int id = 0;
        for (int i = 0; i < pbxs.size() && i < gateways.size(); i++) {
            graph.add(new DiagramGraph.Edge("b" + id++, LinkKind.BINDING, gateways.get(i), pbxs.get(i), "icp: out out" + i + " / in in" + i, null));
            graph.add(new DiagramGraph.Edge("t" + id++, LinkKind.TRUNK, mediation.get(i * 37), pbxs.get(i), "Direct SIP", null));
        }
        for (Node gateway : gateways) {
            for (Node from : perServer ? mediation : poolNodes) {
                graph.add(new DiagramGraph.Edge("m" + id++, LinkKind.MEDIATION, from, gateway, null, null));
            }
        }
        for (int r = 0; r < routeNodes.size(); r++) {
            graph.add(new DiagramGraph.Edge("r" + id++, LinkKind.ROUTE, routeNodes.get(r), gateways.get(r % gateways.size()), null, null));
            graph.add(new DiagramGraph.Edge("r" + id++, LinkKind.ROUTE_ALTERNATE, routeNodes.get(r), gateways.get((r + 1) % gateways.size()),
                    null, null));
        }
        return graph;
    }

    static long servers(DiagramGraph graph) {
        return graph.allNodes().stream().filter(n -> n.kind() == Kind.SERVER).count();
    }

    private static long[] once(Runnable task) {
        long wall = System.nanoTime();
        long cpu = CLOCK.getCurrentThreadCpuTime();
        task.run();
        return new long[] { System.nanoTime() - wall, CLOCK.getCurrentThreadCpuTime() - cpu };
    }

    private static long[] median(int runs, Runnable task) {
        for (int i = 0; i < runs; i++) {
            task.run();
        }
        long[] walls = new long[runs];
        long[] cpus = new long[runs];
        for (int i = 0; i < runs; i++) {
            long[] t = once(task);
            walls[i] = t[0];
            cpus[i] = t[1];
        }
        Arrays.sort(walls);
        Arrays.sort(cpus);
        return new long[] { walls[runs / 2], cpus[runs / 2] };
    }

    /** Keeps a diagram reachable for the JIT not to drop the work (not used otherwise). */
    static Diagram keep;
}
