package io.dialscape.dsl.bridge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one table from a Lync/SfB topology document's service role names ({@code ServiceId RoleName}) to this
 * language's role names. docs/import.md shows it with its sources; keep the two in step.
 */
public final class ServiceRoles {

    private ServiceRoles() {
    }

    /** Vendor role name to language roles; only the roles the chosen platform declares are kept. */
    public static final Map<String, List<String>> ROLES;

    /** Services on a SQL instance: the SQL machine gets {@code BackEndDatabase}. */
    public static final Set<String> SQL_STORES = Set.of("UserStore", "MonitoringStore", "ArchivingStore",
            "CentralMgmtStore", "ApplicationStore", "PersistentChatStore", "PersistentChatComplianceStore");

    /** Known services that are part of another role or of no server role of the language: no role, no warning. */
    public static final Set<String> NO_ROLE = Set.of("FileStore", "CentralMgmt", "ApplicationServer", "PstnGateway");

    static {
        Map<String, List<String>> roles = new LinkedHashMap<>();
        roles.put("UserServices", List.of("FrontEnd"));
        roles.put("Registrar", List.of("FrontEnd")); // IsDirector="true": Director instead
        roles.put("WebServices", List.of("WebComponents"));
        roles.put("ConfServices", List.of("AVConferencing", "WebConferencing"));
        roles.put("MediationServer", List.of("Mediation"));
        roles.put("EdgeServer", List.of("AccessEdge", "WebConferencingEdge", "AVEdge"));
        roles.put("WacService", List.of("OfficeWebApps"));
        roles.put("PersistentChatService", List.of("PersistentChat"));
        roles.put("MonitoringServer", List.of("Monitoring"));
        roles.put("ArchivingServer", List.of("Archiving"));
        roles.put("VideoInteropServer", List.of("VideoInterop"));
        for (String store : SQL_STORES) {
            roles.put(store, List.of("BackEndDatabase"));
        }
        ROLES = java.util.Collections.unmodifiableMap(roles);
    }

    /** The role of a {@code Registrar} with {@code IsDirector="true"}. */
    public static final String DIRECTOR = "Director";
}
