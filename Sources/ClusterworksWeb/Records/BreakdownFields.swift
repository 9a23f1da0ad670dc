import ClusterworksDomain
import ClusterworksPersistence
import Fluent
import Vapor

/// A figure's breakdown in a form: a box per category of each dimension of the programme, named
/// `breakdown.<dimension>.<category>`; the indicator's rules say which dimensions it takes.
enum BreakdownFields {
    static func render(_ rule: FieldRule, dimensions: [BreakdownDimension], shown: [String: [String: String]], errors: ValidationErrors) -> HTML {
        let general = errors.phrases(for: rule.key)
        let groups = dimensions.map { d -> HTML in
            let field = "\(rule.key).\(d.code)"
            let messages = errors.phrases(for: field)
            let invalid = messages.isEmpty ? HTML.empty : HTML(raw: " aria-invalid=\"true\" aria-describedby=\"f-\(field)-err\"")
            let boxes = d.categories.map { c -> HTML in
                let id = "f-\(field).\(c.code)"
                return """
                <div class="part"><label for="\(id)" translate="no">\(c.label)</label><input id="\(id)" name="\(field).\(c.code)" type="number" step="any" value="\(shown[d.code]?[c.code] ?? "")"\(invalid)></div>
                """
            }
            return """
            <fieldset class="breakdown-dimension"><legend translate="no">\(d.name)</legend>\(HTML.join(boxes))
            \(messages.isEmpty ? .empty : "<p class=\"field-error\" id=\"f-\(field)-err\">\(d.name) \(Phrase.list(messages)).</p>")</fieldset>
            """
        }
        return """
        <fieldset class="breakdown"><legend>\(rule.label)</legend>
        \(rule.help.map { "<p class=\"hint\">\($0). \(L("Leave the breakdowns the indicator does not use empty."))</p>" } ?? .empty)
        \(general.isEmpty ? .empty : "<p class=\"field-error\">\(rule.label) \(Phrase.list(general)).</p>")
        \(dimensions.isEmpty ? "<p class=\"hint\">\(L("No breakdown dimensions are defined."))</p>" : HTML.join(groups))</fieldset>
        """
    }

    /// What the boxes show: what was just submitted, or the record's values.
    static func shown(_ key: String, values: RecordValues, raw: [String: RawInput]?) -> [String: [String: String]] {
        if let raw {
            guard case .object(let dimensions)? = raw[key] else { return [:] }
            return dimensions.mapValues { d in
                guard case .object(let categories) = d else { return [:] }
                return categories.compactMapValues { v in
                    switch v {
                    case .text(let s): s
                    case .number(let n): FieldValue.decimal(n).display
                    default: nil
                    }
                }
            }
        }
        return Breakdown(lines: values[key]?.list ?? []).values.mapValues { $0.mapValues { FieldValue.decimal($0).display } }
    }

    /// The breakdown in words, a dimension a line.
    static func display(_ value: FieldValue, on db: any Database) async throws -> HTML {
        let lines = Breakdown(lines: value.list ?? []).describe(Array(try await DimensionModel.all(on: db).values))
        return lines.isEmpty ? "<span class=\"hint\">—</span>" : HTML.join(lines.map { "\($0)" as HTML }, separator: "<br>")
    }
}
