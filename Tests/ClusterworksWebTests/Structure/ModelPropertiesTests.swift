import ClusterworksPersistence
import FluentKit
import Foundation
import Testing

/// Every model (but the generic ListedReference) lists its properties by hand (Fluent would find them by
/// reflection for each row); a property left out of such a list would silently not be read or saved.
@Suite("Models that list their own properties")
struct ModelPropertiesTests {
    static let listed: [any Fields.Type] = [ActorModel.self, CountryModel.self, LinkageModel.self, AuditEntryModel.self,
                                             SessionModel.self, APITokenModel.self, UserModel.self, ProjectModel.self, ProjectCountryModel.self,
                                             ResultEntryModel.self, IndicatorModel.self, ClusterMapModel.self, HandoverPlanModel.self, PerceptionModel.self, ReadinessItemModel.self,
                                             ContributionModel.self, ClusterModel.self, PlanReviewModel.self, EventModel.self, BrokerCostStepModel.self, DiagnosticModel.self,
                                             ChainStageModel.self, ActionPlanModel.self, ActionModel.self, NetworkAnalysisModel.self, AssignmentModel.self, SignInFailureModel.self,
                                             PersonModel.self, RoundTableModel.self, LinkageUnitModel.self, ImprovementActionModel.self, ImprovementPlanModel.self, SupplierEvaluationModel.self,
                                             PartnershipDecisionModel.self, ClientProfileModel.self, MembershipModel.self, NetworkRelationModel.self, NETTargetModel.self, JointProjectModel.self,
                                             PhaseDecisionModel.self, NetworkRulesModel.self, NetworkModel.self, ProjectContributionModel.self, BusinessPlanModel.self, NETAssessmentModel.self]

    @Test("each hand-made list holds exactly the property wrappers reflection finds, once each", arguments: listed.map { "\($0)" })
    func sameAsReflection(_ name: String) throws {
        let type = try #require(Self.listed.first { "\($0)" == name })
        let model = type.init()
        let reflected = Mirror(reflecting: model).children.compactMap { $0.value as? any AnyProperty }.map { ObjectIdentifier($0 as AnyObject) }
        let listed = model.properties.map { ObjectIdentifier($0 as AnyObject) }
        #expect(!reflected.isEmpty)
        #expect(listed.count == Set(listed).count, "a property listed twice")
        #expect(Set(listed) == Set(reflected), "\(name): listed \(listed.count), reflection finds \(reflected.count)")
    }
}
