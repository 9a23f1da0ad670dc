import ClusterworksDomain
import Foundation
import Testing

private func d(_ s: String) -> CalendarDate { CalendarDate(s)! }
private let today = d("2026-11-29")
private let context = ValidationContext(today: today)

@Suite("Cluster stages")
struct ClusterStageRulesTests {
    @Test("given a cluster with a drafted diagnostic, when it moves to action planning, then the page is told the diagnostic must be validated and an event held")
    func actionPlanNeedsValidatedDiagnostic() {
        var f = ClusterFacts(today: today)
        f.inProject = true; f.diagnosticStarted = true
        let missing = ClusterStageRules.missing(for: .actionPlanning, from: .trustBuilding, f)
        #expect(missing.contains { $0.english.contains("validated") })
        #expect(missing.contains { $0.english.contains("event") })
        f.diagnosticValidated = true; f.events = 3
        #expect(ClusterStageRules.missing(for: .actionPlanning, from: .trustBuilding, f).isEmpty)
    }

    @Test("skipping stages needs every earlier stage's conditions; moving back needs none")
    func cumulativeAndBackwards() {
        let f = ClusterFacts(today: today)
        let missing = ClusterStageRules.missing(for: .implementation, from: .selection, f)
        #expect(missing.contains { $0.english.contains("project") })
        #expect(missing.contains { $0.english.contains("action plan") })
        #expect(ClusterStageRules.missing(for: .diagnostic, from: .implementation, f).isEmpty)
    }

    @Test("self-governance needs the institution named, every readiness condition met and the project's share of the broker at zero")
    func selfGovernance() {
        var f = ClusterFacts(today: today)
        f.inProject = true; f.diagnosticStarted = true; f.diagnosticValidated = true; f.events = 1; f.hasPlan = true; f.actionsWithLead = 1
        f.handoverInstitution = true; f.readinessItems = 3; f.readinessMet = 2; f.readinessUnmet = ["Statutes registered"]; f.fullTakeover = d("2027-06-01")
        let missing = ClusterStageRules.missing(for: .selfGovernance, from: .implementation, f)
        #expect(missing.count == 2)
        // What is missing is named, not only counted.
        #expect(missing.map(\.english).contains("1 of 3 readiness conditions are not yet met: Statutes registered"))
        f.readinessMet = 3; f.fullTakeover = d("2026-01-01")
        #expect(ClusterStageRules.missing(for: .selfGovernance, from: .implementation, f).isEmpty)
        #expect(ClusterStageRules.next(after: .selfGovernance, f) == nil)
    }
}

@Suite("Cost sharing")
struct CostSharingTests {
    @Test("given Ludhiana's contributions, then the project carries 20 %, the private sector 74 % and institutions 6 %")
    func ludhiana() {
        let c = CostSharing([
            .init(kind: .project, pledged: 20_000, paid: 20_000),
            .init(kind: .privateSector, pledged: 58_000, paid: 58_000),
            .init(kind: .privateSector, pledged: 16_000, paid: 16_000),
            .init(kind: .institutions, pledged: 6_000, paid: 6_000),
        ])
        #expect(c.pledged == 100_000)
        #expect(abs(c.line(.project)!.pledgedShare - 0.20) < 1e-12)
        #expect(abs(c.line(.privateSector)!.pledgedShare - 0.74) < 1e-12)
        #expect(abs(c.line(.institutions)!.pledgedShare - 0.06) < 1e-12)
        #expect(c.line(.government) == nil)
        #expect(c.honoured == 1)
    }

    @Test("the share of pledges honoured is what was paid over what was pledged")
    func honoured() {
        let c = CostSharing([.init(kind: .project, pledged: 10_000, paid: 10_000), .init(kind: .government, pledged: 30_000, paid: 5_000)])
        #expect(c.honoured == 15_000.0 / 40_000.0)
        #expect(abs(c.line(.government)!.paidShare - 5_000.0 / 15_000.0) < 1e-12)
        #expect(CostSharing([]).honoured == nil)
    }

    @Test("a payment larger than its pledge is refused, naming the paid field")
    func overpayment() {
        let input: [String: RawInput] = ["actionId": .text(UUID().uuidString), "funderName": .text("APPEAL"), "funderKind": .text("private_sector"),
                                         "form": .text("cash"), "pledged": .number(1000), "pledgedOn": .text("1999-01-10"),
                                         "paid": .number(1200), "paidOn": .text("1999-03-01")]
        guard case .failure(let e) = ContributionSchema.schema.validate(input, context: context) else { Issue.record("accepted"); return }
        #expect(e.fields.keys.contains("paid"))
    }
}

@Suite("Results framework")
struct ResultsFrameworkTests {
    static let sex = BreakdownDimension.standard.first { $0.code == "sex" }!
    static let age = BreakdownDimension.standard.first { $0.code == "age_group" }!
    let trained = ResultEntryRules.Indicator(unit: "people", scale: .count, level: .cluster, dimensions: [Self.sex, Self.age])

    func values(_ pairs: [String: FieldValue]) -> RecordValues { pairs }

    func breakdown(_ b: [String: [String: Double]]) -> FieldValue { .list(Breakdown(b).lines) }

    @Test("given a breakdown by sex, when women and men do not add up to the total, then the entry is refused naming the dimension and both sums")
    func breakdownSum() {
        let v = values(["kind": .text("measurement"), "observedOn": .date(d("2000-09-30")), "value": .decimal(110),
                        "breakdown": breakdown(["sex": ["female": 100, "male": 5]])])
        let e = ResultEntryRules.check(v, indicator: trained, subject: .owner(.cluster), others: [])
        let message = e.messages(for: "breakdown.sex").joined()
        #expect(message.contains("105") && message.contains("110"), "\(e.fields)")
        var ok = v; ok["breakdown"] = breakdown(["sex": ["female": 100, "male": 10], "age_group": ["youth": 60, "adults": 50, "older": 0]])
        #expect(ResultEntryRules.check(ok, indicator: trained, subject: .owner(.cluster), others: []).isEmpty)
    }

    @Test("a breakdown lists every category of a dimension the indicator has, and nothing else")
    func breakdownShape() {
        func problems(_ b: [String: [String: Double]], _ dims: [BreakdownDimension] = [sex]) -> [String: [Phrase]] {
            Breakdown(b).check(total: 10, scale: .count, dimensions: dims).fields
        }
        let sex = Self.sex, age = Self.age
        #expect(problems(["sex": ["female": 10]])["breakdown.sex"] != nil, "a category missing")
        #expect(problems(["sex": ["female": 10, "male": 0]], [])["breakdown.sex"] != nil, "an indicator without breakdowns")
        #expect(problems(["sex": ["youth": 10, "female": 0, "male": 0]])["breakdown.sex"] != nil, "a category of another dimension")
        #expect(problems(["age_group": ["youth": 6, "adults": 4, "older": 0]], [sex])["breakdown.age_group"] != nil, "a dimension the indicator lacks")
        #expect(problems(["age_group": ["youth": 6, "adults": 4, "older": 0]], [sex, age]).isEmpty)
        #expect(problems(["sex": ["female": 10.5, "male": -0.5]])["breakdown.sex"] != nil, "parts of a count are counts")
    }

    @Test("given a percentage broken down by sex, the shares of women and of men need not add up to the total")
    func percentagesDoNotAdd() {
        let b = Breakdown(["sex": ["female": 85, "male": 70]])
        #expect(b.check(total: 80, scale: .percent, dimensions: [Self.sex]).isEmpty)
        #expect(!Breakdown(["sex": ["female": 185, "male": 70]]).check(total: 80, scale: .percent, dimensions: [Self.sex]).isEmpty)
    }

    @Test("a breakdown is kept as lines and read back equal, and says itself in the dimension's words")
    func breakdownLines() {
        let b = Breakdown(["sex": ["male": 50, "female": 60.25], "age_group": ["youth": 1e-3, "adults": 110, "older": 0]])
        #expect(b.lines == ["age_group.adults=110.0", "age_group.older=0.0", "age_group.youth=0.001", "sex.female=60.25", "sex.male=50.0"])
        #expect(Breakdown(lines: b.lines) == b)
        #expect(b.describe([Self.sex, Self.age]) == ["Age group: Aged 15–24 0.001 · Aged 25–64 110 · Aged 65 and over 0", "Sex of the person: Women 60.25 · Men 50"])
    }

    @Test("a form's or the API's breakdown is read as codes and numbers; anything else is refused")
    func breakdownInput() throws {
        let rule = FieldRule("breakdown", L("Breakdown"), .breakdown)
        let given = RawInput.object(["sex": .object(["female": .number(60), "male": .text("50"), "x": .text(" ")])])
        #expect(try rule.parse(given).get() == .list(["sex.female=60.0", "sex.male=50.0"]))
        #expect(try rule.parse(.object(["sex": .object(["female": .text("")])])).get() == nil, "all boxes empty is no breakdown")
        for bad: RawInput in [.text("sex.female=60"), .object(["Sex": .object(["female": .number(1)])]), .object(["sex": .number(1)]),
                              .object(["sex": .object(["female": .text("many")])]), .object(["sex": .object(["female": .number(1e14)])])] {
            #expect((try? rule.parse(bad).get()) == nil, "\(bad)")
        }
    }

    @Test("a dimension's categories are code=Label lines, at least two, each code once")
    func dimensionCategories() {
        #expect((try? BreakdownDimension.categories(from: ["female=Women", "male = Men"]).get()) == [.init("female", "Women"), .init("male", "Men")])
        for bad in [["female=Women"], ["female=Women", "female=Men"], ["Female=Women", "male=Men"], ["female", "male=Men"]] {
            #expect((try? BreakdownDimension.categories(from: bad).get()) == nil, "\(bad)")
        }
        let context = ValidationContext(today: d("2026-01-01"))
        let input: [String: RawInput] = ["code": .text("Owner Sex"), "name": .text("x"), "categories": .list([.text("a=A")])]
        guard case .failure(let e) = DimensionSchema.schema.validate(input, context: context) else { Issue.record("accepted"); return }
        #expect(Set(e.fields.keys) == ["code", "categories"])
    }

    @Test("values of the wrong unit, kind of number or subject are refused")
    func wrongUnitAndSubject() {
        let v = values(["kind": .text("baseline"), "observedOn": .date(d("1999-01-01")), "value": .decimal(10.5), "unit": .text("USD")])
        let e = ResultEntryRules.check(v, indicator: trained, subject: .actor(UUID(), .enterprise, nil), others: [])
        #expect(e.fields.keys.contains("unit"))
        #expect(e.fields.keys.contains("value"))
        #expect(e.fields.keys.contains("indicatorId"))
        let percent = ResultEntryRules.Indicator(unit: "%", scale: .percent, level: .cluster, dimensions: [])
        let over = values(["kind": .text("measurement"), "observedOn": .date(d("2000-01-01")), "value": .decimal(120)])
        #expect(ResultEntryRules.check(over, indicator: percent, subject: .owner(.cluster), others: []).fields.keys.contains("value"))
    }

    @Test("an association's membership is a network-level figure an association may carry; a firm may not")
    func levels() {
        #expect(ResultSubject.actor(UUID(), .institution, .cooperative).mismatch(.network) == nil)
        #expect(ResultSubject.actor(UUID(), .enterprise, nil).mismatch(.network) != nil)
        #expect(ResultSubject.owner(.cluster).mismatch(.firm) != nil)
    }

    @Test("a figure from the diagnostic is a baseline")
    func diagnosticFigures() {
        let v = values(["kind": .text("target"), "observedOn": .date(d("1999-01-01")), "value": .decimal(30), "diagnosticId": .reference(UUID())])
        #expect(ResultEntryRules.check(v, indicator: trained, subject: .owner(.cluster), others: []).fields.keys.contains("kind"))
    }

    @Test("one baseline per indicator and subject, and nothing measured before it")
    func baselineOrder() {
        let base = ResultEntryRules.Figure(kind: .baseline, on: d("1999-01-01"), value: 26)
        let again = values(["kind": .text("baseline"), "observedOn": .date(d("1999-02-01")), "value": .decimal(30)])
        #expect(ResultEntryRules.check(again, indicator: trained, subject: .owner(.cluster), others: [base]).fields.keys.contains("kind"))
        let early = values(["kind": .text("measurement"), "observedOn": .date(d("1998-12-01")), "value": .decimal(30)])
        #expect(ResultEntryRules.check(early, indicator: trained, subject: .owner(.cluster), others: [base]).fields.keys.contains("observedOn"))
    }

    @Test("given Jaipur's association from 26 to 120 members against a target of 100, then the target is reached and the change is +94")
    func reached() {
        let p = ResultProgress([.init(kind: .baseline, on: d("1997-06-01"), value: 26), .init(kind: .target, on: d("2001-12-31"), value: 100),
                                .init(kind: .measurement, on: d("2001-06-30"), value: 120)], direction: .higher)
        #expect(p.change == 94)
        #expect(p.status == .reached)
        #expect(abs(p.shareOfTarget! - 94.0 / 74.0) < 1e-12)
    }

    @Test("given waste-water pollution where lower is better, halfway in time and a third of the way there, then it is off track")
    func lowerIsBetterOffTrack() {
        let p = ResultProgress([.init(kind: .baseline, on: d("2000-01-01"), value: 100), .init(kind: .target, on: d("2002-01-01"), value: 30),
                                .init(kind: .measurement, on: d("2001-01-01"), value: 77)], direction: .lower)
        #expect(p.status == .offTrack)
        #expect(abs(p.relativeChange! - (-0.23)) < 1e-12)
        let good = ResultProgress([.init(kind: .baseline, on: d("2000-01-01"), value: 100), .init(kind: .target, on: d("2002-01-01"), value: 30),
                                   .init(kind: .measurement, on: d("2001-01-01"), value: 60)], direction: .lower)
        #expect(good.status == .onTrack)
    }

    @Test("without a baseline nothing is computed; without a measurement the status says so")
    func incomplete() {
        #expect(ResultProgress([.init(kind: .measurement, on: d("2001-01-01"), value: 5)], direction: .higher).status == .noBaseline)
        #expect(ResultProgress([.init(kind: .baseline, on: d("2001-01-01"), value: 5), .init(kind: .target, on: d("2003-01-01"), value: 9)],
                               direction: .higher).status == .notMeasured)
    }

    @Test("the library holds the source document's examples")
    func library() {
        let names = IndicatorLibrary.entries.map(\.name)
        for expected in ["Average milk-to-cheese yield", "Waste-water pollution load", "New products launched", "People trained",
                         "Trainees employed", "Association membership", "Exports"] {
            #expect(names.contains(expected))
        }
    }
}

@Suite("Plan–do–check–act")
struct PlanReviewTests {
    let a = UUID(), b = UUID()

    @Test("given a plan with no review, the first review closes version 1; after two reviews the plan is at version 3")
    func versions() {
        #expect(PlanReviewRules.versionReviewed(previousReviews: 0) == 1)
        #expect(PlanReviewRules.versionReviewed(previousReviews: 2) == 3)
    }

    @Test("when a review reports progress, the actions take it and the earlier version keeps what it had")
    func applyKeepsSnapshot() {
        let v1 = PlanSnapshot(version: 1, vision: "Quality cheese", objectives: ["Quality"], actions: [
            .init(id: a, title: "Hygiene training", type: "training", status: .planned, percentComplete: nil),
            .init(id: b, title: "Cheese norms", type: "quality_standards", status: .inProgress, percentComplete: 20),
        ])
        let after = PlanReviewRules.apply([.init(actionId: a, status: .done, percentComplete: nil, note: nil)], to: v1.actions)
        #expect(after[0].status == .done && after[0].percentComplete == 100)
        #expect(after[1] == v1.actions[1])
        #expect(v1.actions[0].status == .planned)
    }

    @Test("a review must come after the previous one and the plan's adoption, and report only the plan's actions")
    func order() {
        let e = PlanReviewRules.check(reviewedOn: d("2000-03-01"), adoptedOn: d("1999-06-01"), lastReview: d("2000-03-01"), today: today,
                                      progress: [.init(actionId: UUID(), status: .done, percentComplete: 50, note: nil)], actions: [a, b])
        #expect(e.fields.keys.contains("reviewedOn"))
        #expect(e.fields.keys.contains { $0.hasPrefix("progress.") })
        #expect(PlanReviewRules.check(reviewedOn: d("2000-03-02"), adoptedOn: d("1999-06-01"), lastReview: d("2000-03-01"), today: today,
                                      progress: [.init(actionId: a, status: .inProgress, percentComplete: 50, note: "on time")], actions: [a, b]).isEmpty)
    }
}

@Suite("Diagnostic, linkages, participation, handover")
struct ClusterCycleTests {
    @Test("given the Pune perceptions, then entrepreneurs and institutions are shown to differ on food safety regulation")
    func pune() {
        let m = PerceptionMatrix([
            .init(theme: "Food safety regulation", group: .entrepreneurs, severity: .major, statement: "The Act is too stringent; we want exemption from audits."),
            .init(theme: "food safety regulation ", group: .supportInstitutions, severity: .notAProblem, statement: "The law is sound; firms undervalue product safety."),
            .init(theme: "Testing facilities", group: .entrepreneurs, severity: .major, statement: "No reliable independent testing."),
            .init(theme: "Testing facilities", group: .government, severity: .major, statement: "Producers cannot monitor compliance."),
            .init(theme: "Umbrella organisation", group: .entrepreneurs, severity: .minor, statement: "Associations are fragmented."),
        ])
        #expect(m.rows.map(\.consensus) == [.differ, .agree, .oneGroup])
        #expect(m.groups == [.entrepreneurs, .supportInstitutions, .government])
    }

    @Test("a validated diagnostic cannot be validated again, nor before it started")
    func validation() {
        #expect(DiagnosticValidation.check(status: .validated, startedOn: d("1997-01-01"), validatedOn: d("1997-06-01"), today: today).fields.keys.contains("status"))
        #expect(DiagnosticValidation.check(status: .draft, startedOn: d("1997-01-01"), validatedOn: d("1996-06-01"), today: today).fields.keys.contains("validatedOn"))
        #expect(DiagnosticValidation.check(status: .draft, startedOn: d("1997-01-01"), validatedOn: d("1997-06-01"), today: today).isEmpty)
    }

    @Test("given a tie recorded missing in 1997 and existing in 2000, then the 1998 map shows it missing and the later map shows the change")
    func linkageMaps() {
        let x = UUID(), y = UUID(), z = UUID()
        let ties: [LinkageMap.Tie] = [
            .init(id: UUID(), from: x, to: y, type: .cooperatesWith, status: .missing, recordedOn: d("1997-05-01")),
            .init(id: UUID(), from: y, to: x, type: .cooperatesWith, status: .existing, recordedOn: d("2000-05-01")),
            .init(id: UUID(), from: z, to: x, type: .supplierOf, status: .existing, recordedOn: d("1997-05-01")),
        ]
        let before = LinkageMap(ties, on: d("1998-01-01")), now = LinkageMap(ties, on: nil)
        #expect(before.count(.missing) == 1 && before.ties.count == 2)
        #expect(now.count(.existing) == 2 && now.ties.count == 2)
        let changes = now.changes(since: before)
        #expect(changes.count == 1 && changes[0].before == .missing)
        #expect(LinkageMap.recordingDates(ties) == [d("1997-05-01"), d("2000-05-01")])
        // What holds the cluster together: the missing tie of 1998 and any conflict carry nothing.
        #expect(before.workingTies.count == 1 && now.workingTies.count == 2)
        let feud = LinkageMap(ties + [.init(id: UUID(), from: y, to: z, type: .inConflictWith, status: .existing, recordedOn: d("2000-05-01"))], on: nil)
        #expect(feud.workingTies.count == 2)
        #expect(feud.actors.count == 3 && Set(feud.actors) == [x, y, z])
    }

    @Test("given printers listed at stage 1 and a printer-finisher at stages 1 and 2, each organisation takes its first stage, numbered")
    func valueChainStages() {
        let (printer, both, exporter) = (UUID(), UUID(), UUID())
        let chain = ValueChain([.init(position: 3, name: "Export", actors: [exporter]), .init(position: 2, name: "Finishing", actors: [both]),
                                .init(position: 1, name: "Printing", actors: [printer, both])])
        #expect(chain.stageOfActors == [printer: "1. Printing", both: "1. Printing", exporter: "3. Export"])
    }

    @Test("a tie from an actor to itself is refused")
    func selfTie() {
        let x = UUID().uuidString
        let r = LinkageSchema.schema.validate(["fromActorId": .text(x), "toActorId": .text(x), "tieType": .text("supplier_of"),
                                               "status": .text("existing"), "recordedOn": .text("2000-01-01")], context: context)
        guard case .failure(let e) = r else { Issue.record("accepted"); return }
        #expect(e.fields.keys.contains("toActorId"))
    }

    @Test("given Bagru, where the sons came first and their parents later, then new actors show in the later quarter and empty quarters are kept")
    func bagruParticipation() {
        let sons = (0..<3).map { _ in UUID() }, parents = (0..<4).map { _ in UUID() }
        let s = ParticipationSeries([
            .init(heldOn: d("1998-02-10"), actors: sons, participants: 23),
            .init(heldOn: d("1998-03-20"), actors: sons, participants: 23),
            .init(heldOn: d("1998-10-05"), actors: sons + parents, participants: 40),
        ])
        #expect(s.quarters.map(\.label) == ["1998-Q1", "1998-Q2", "1998-Q3", "1998-Q4"])
        #expect(s.quarters.map(\.events) == [2, 0, 0, 1])
        #expect(s.quarters.map(\.newActors) == [3, 0, 0, 4])
        #expect(s.quarters[3].actors == 7)
        #expect(s.distinctActors == 7)
    }

    @Test("the project's share of the broker falls and the institution's rises; shares over 100 % are refused")
    func brokerSchedule() {
        let steps = [BrokerCostSchedule.Step(from: d("2000-01-01"), projectShare: 100, institutionShare: 0),
                     .init(from: d("2001-01-01"), projectShare: 50, institutionShare: 50)]
        #expect(BrokerCostSchedule.check(.init(from: d("2002-01-01"), projectShare: 0, institutionShare: 100), replacing: nil, in: steps).isEmpty)
        #expect(!BrokerCostSchedule.check(.init(from: d("2002-01-01"), projectShare: 60, institutionShare: 40), replacing: nil, in: steps).isEmpty)
        #expect(!BrokerCostSchedule.check(.init(from: d("2001-01-01"), projectShare: 40, institutionShare: 60), replacing: nil, in: steps).isEmpty)
        let schedule = BrokerCostSchedule(steps + [.init(from: d("2002-01-01"), projectShare: 0, institutionShare: 100)])
        #expect(schedule.fullTakeover == d("2002-01-01"))
        #expect(schedule.step(on: d("2001-06-01"))?.projectShare == 50)
        let over = BrokerCostStepSchema.schema.validate(["fromOn": .text("2001-01-01"), "projectShare": .number(60), "institutionShare": .number(50)], context: context)
        guard case .failure(let e) = over else { Issue.record("accepted"); return }
        #expect(e.fields.keys.contains("institutionShare"))
    }

    @Test("an event's end cannot precede its start, and counts by group cannot exceed women and men together")
    func eventRules() {
        let r = EventSchema.schema.validate(["type": .text("workshop"), "title": .text("Marketing"), "heldOn": .text("1998-02-10"),
                                             "endedOn": .text("1998-02-01"), "women": .number(2), "men": .number(3),
                                             "countEntrepreneurs": .number(9)], context: context)
        guard case .failure(let e) = r else { Issue.record("accepted"); return }
        #expect(e.fields.keys.contains("endedOn"))
        #expect(e.fields.keys.contains("countEntrepreneurs"))
    }
}

@Suite("Lists from forms")
struct FormListTests {
    @Test("a browser's line breaks (CR LF) separate the items of a list")
    func crlf() {
        let rule = FieldRule("weaknesses", L("Weaknesses"), .textList(maxItems: 10, maxLength: 100))
        #expect(rule.parse(.text("Synthetic dyes\r\nNo brand")) == .success(.list(["Synthetic dyes", "No brand"])))
    }
}
