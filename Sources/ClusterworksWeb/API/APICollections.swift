/// The API's route collections beyond registries and parts (those come from their own lists), each
/// mounted and documented from here.
enum APICollections {
    /// Open without a token: signing in for one.
    static let open: [any DocumentedAPI.Type] = [TokenAPI.self]
    /// Behind a bearer token.
    static let signedIn: [any DocumentedAPI.Type] = [
        MembershipAPI.self, DiagnosticAPI.self, FigureReviewAPI.self, ReportingCalendarAPI.self, ReportingOrganisationAPI.self, ReportAPI.self, ProgrammeResultsAPI.self, ImpactAPI.self, BrokerPathAPI.self, ProgrammeBrokerAPI.self, IndicatorCurationAPI.self, PlanReviewAPI.self, ClusterSummaryAPI.self, PhaseDecisionAPI.self,
        NETAPI.self, NetworkSummaryAPI.self, UserAPI.self, AssignmentAPI.self, ClusterMapAPI.self, NetworkAnalysisAPI.self, TieImportAPI.self,
    ]
}
