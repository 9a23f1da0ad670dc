/// An event of the cluster: who took part, by name where known and by counts where not.
public enum EventSchema {
    static let count = FieldKind.integer(0...1_000_000)

    public static let schema = RecordSchema(
        type: .event,
        fields: [
            FieldRule("type", L("Type"), .choice(EventType.options), required: true),
            FieldRule("title", L("Title"), .text(maxLength: 200), required: true),
            FieldRule("heldOn", L("Held on"), .date, required: true),
            FieldRule("endedOn", L("Ended on"), .date, help: L("For events of several days")),
            FieldRule("place", L("Place"), .text(maxLength: 200)),
            FieldRule("purpose", L("Purpose"), .longText(maxLength: 4000)),
            FieldRule("actorIds", L("Organisations taking part"), .references(.actor)),
            FieldRule("personIds", L("People taking part (named)"), .references(.person)),
            FieldRule("women", L("Women taking part"), count, help: L("All participants, named or not")),
            FieldRule("men", L("Men taking part"), count),
        ] + StakeholderGroup.allCases.map { FieldRule($0.countKey, L("\($0.label) taking part"), count) } + [
            FieldRule("outcomes", L("Outcomes"), .longText(maxLength: 4000)),
        ],
        crossRules: { v, context in
            var errors = ValidationErrors()
            DateRangeRule(start: "heldOn", end: "endedOn", message: L("must not be before the day the event began")).check(v, into: &errors)
            if let held = v["heldOn"]?.date, held > context.today, v["outcomes"] != nil {
                errors.add("outcomes", L("cannot be recorded for an event that has not yet taken place"))
            }
            let named = v["personIds"]?.list?.count ?? 0
            let bySex = (v["women"]?.integer ?? 0) + (v["men"]?.integer ?? 0)
            if v["women"] != nil || v["men"] != nil, bySex < named {
                errors.add("women", L("women and men together (\(bySex)) are fewer than the \(named) people named"))
            }
            let byGroup = groupCounts(v).values.reduce(0, +)
            if v["women"] != nil || v["men"] != nil, byGroup > bySex {
                errors.add(StakeholderGroup.entrepreneurs.countKey, L("participants by group (\(byGroup)) exceed women and men together (\(bySex))"))
            }
            return errors
        }
    )

    /// How many took part: the largest of the counts given, since each may be partial.
    public static func participants(_ v: RecordValues) -> Int {
        participants(women: v["women"]?.integer, men: v["men"]?.integer, byGroup: groupCounts(v).values.reduce(0, +),
                     named: v["personIds"]?.list?.count ?? 0)
    }

    public static func participants(women: Int?, men: Int?, byGroup: Int, named: Int) -> Int {
        Swift.max((women ?? 0) + (men ?? 0), byGroup, named)
    }

    /// Participants counted by group, from an event's values.
    public static func groupCounts(_ v: RecordValues) -> [StakeholderGroup: Int] {
        var out: [StakeholderGroup: Int] = [:]
        for g in StakeholderGroup.allCases { if let n = v[g.countKey]?.integer { out[g] = n } }
        return out
    }
}
