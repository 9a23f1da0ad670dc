import ClusterworksDomain
import Foundation
import Testing

@Suite("Domain rules")
struct DomainRulesTests {
    let context = ValidationContext(today: CalendarDate(year: 2026, month: 11, day: 29)!)

    @Test("an enterprise's size class follows its head count")
    func sizeClass() {
        #expect(SizeClass(employees: 0) == .micro)
        #expect(SizeClass(employees: 9) == .micro)
        #expect(SizeClass(employees: 10) == .small)
        #expect(SizeClass(employees: 49) == .small)
        #expect(SizeClass(employees: 50) == .medium)
        #expect(SizeClass(employees: 249) == .medium)
        #expect(SizeClass(employees: 250) == .large)
        #expect(!SizeClass.large.isSME)
    }

    @Test("dates are real days between 1900 and 2100")
    func calendarDates() {
        #expect(CalendarDate("2024-02-29") != nil)
        #expect(CalendarDate("2023-02-29") == nil)
        #expect(CalendarDate("1899-12-31") == nil)
        #expect(CalendarDate("2024-13-01") == nil)
        #expect(CalendarDate("2024-1-01") == nil)
        #expect(CalendarDate("２０２４-01-01") == nil)
        #expect(CalendarDate("2001-08-15")!.quarter == "2001-Q3")
    }

    @Test("a project that ends before it starts is refused, naming the end date")
    func projectDates() {
        let result = ProjectSchema.schema.validate([
            "code": .text("X-1"), "title": .text("T"), "countries": .list([.text("ni")]), "status": .text("ongoing"),
            "plannedStart": .text("2001-05-01"), "plannedEnd": .text("2001-04-30"),
        ], context: context)
        guard case .failure(let errors) = result else { Issue.record("expected failure"); return }
        #expect(errors.fields.keys.sorted() == ["plannedEnd"])
    }

    @Test("every problem of a submission is reported at once")
    func allProblemsAtOnce() {
        let result = ProjectSchema.schema.validate([
            "code": .text(""), "title": .text(String(repeating: "x", count: 201)), "countries": .list([.text("N1")]),
            "status": .text("finished"), "budget": .text("lots"), "surprise": .text("?"),
        ], context: context)
        guard case .failure(let errors) = result else { Issue.record("expected failure"); return }
        #expect(Set(errors.fields.keys) == ["code", "title", "countries", "status", "budget", "surprise"])
    }

    @Test("country codes are upper-cased and de-duplicated")
    func countryCodes() throws {
        let values = try ProjectSchema.schema.validate([
            "code": .text("X"), "title": .text("T"), "countries": .text("ma, it, MA"), "status": .text("under_design"),
        ], context: context).get()
        #expect(values["countries"] == .list(["MA", "IT"]))
    }

    @Test("a completed project needs its actual end; a project under design has not started")
    func projectStatusRules() {
        let completed = ProjectSchema.schema.validate(["code": .text("A"), "title": .text("T"), "countries": .text("HN"), "status": .text("completed")], context: context)
        #expect((try? completed.get()) == nil)
        let designed = ProjectSchema.schema.validate(["code": .text("A"), "title": .text("T"), "countries": .text("MG"),
                                                      "status": .text("under_design"), "actualStart": .text("2020-01-01")], context: context)
        #expect((try? designed.get()) == nil)
    }

    @Test("employees by sex cannot exceed the total; the size class is derived, never set")
    func actorRules() throws {
        let tooMany = ActorSchema.schema.validate(["kind": .text("enterprise"), "name": .text("W"), "country": .text("NI"),
                                                   "employees": .number(10), "employeesFemale": .number(6), "employeesMale": .number(5)], context: context)
        guard case .failure(let e) = tooMany else { Issue.record("expected failure"); return }
        #expect(e.fields.keys.contains("employeesFemale"))
        let ok = try ActorSchema.schema.validate(["kind": .text("enterprise"), "name": .text("W"), "country": .text("NI"),
                                                  "employees": .number(12)], context: context).get()
        #expect(ok["sizeClass"] == .text("small"))
        let setByHand = ActorSchema.schema.validate(["kind": .text("enterprise"), "name": .text("W"), "country": .text("NI"),
                                                     "sizeClass": .text("large")], context: context)
        #expect((try? setByHand.get()) == nil)
    }

    @Test("an institution needs its type; an enterprise has none")
    func institutionType() {
        let inst = ActorSchema.schema.validate(["kind": .text("institution"), "name": .text("C"), "country": .text("NI")], context: context)
        #expect((try? inst.get()) == nil)
        let ent = ActorSchema.schema.validate(["kind": .text("enterprise"), "name": .text("C"), "country": .text("NI"),
                                               "institutionType": .text("chamber")], context: context)
        #expect((try? ent.get()) == nil)
    }

    @Test("wrong JSON types are refused with a message, never crash")
    func wrongTypes() {
        let result = ClusterSchema.schema.validate(["name": .number(3), "country": .bool(true), "place": .list([]),
                                                    "sector": .unsupported, "stage": .text("diagnostic"), "estimatedFirms": .number(1.5)], context: context)
        guard case .failure(let e) = result else { Issue.record("expected failure"); return }
        #expect(Set(e.fields.keys) == ["name", "country", "place", "sector", "estimatedFirms"])
    }

    @Test("a partial update keeps the fields it does not name")
    func partialUpdate() throws {
        let existing = try ClusterSchema.schema.validate(["name": .text("Fez leather"), "country": .text("MA"), "place": .text("Fez"),
                                                          "sector": .text("Leather"), "stage": .text("diagnostic")], context: context).get()
        let updated = try ClusterSchema.schema.validate(["stage": .text("trust_building")], existing: existing, context: context).get()
        #expect(updated["name"] == .text("Fez leather"))
        #expect(updated["stage"] == .text("trust_building"))
    }

    @Test("history lists only the fields whose value changed")
    func diff() {
        let changes = RecordDiff.changes(from: ["a": .text("x"), "b": .integer(1)], to: ["a": .text("x"), "b": .integer(2), "c": .text("new")], order: ["a", "b", "c"])
        #expect(changes == [FieldChange(field: "b", old: "1", new: "2"), FieldChange(field: "c", old: nil, new: "new")])
    }
}
