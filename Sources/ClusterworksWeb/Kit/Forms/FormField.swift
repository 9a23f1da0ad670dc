import ClusterworksDomain
import ClusterworksWorkflows
import Vapor

/// One labelled form control with its hint and error messages, tied together for screen readers.
enum FormField {
    static func render(_ rule: FieldRule, value: String, selected: [String], errors: ValidationErrors,
                       referenceOptions: [ChoiceOption]) -> HTML {
        let id = "f-\(rule.key)"
        let messages = errors.phrases(for: rule.key)
        let describedBy = [(rule.help ?? multipleHint(rule.kind)).map { _ in "\(id)-hint" }, messages.isEmpty ? nil : "\(id)-err"].compactMap { $0 }
        let aria = HTML(raw: (messages.isEmpty ? "" : " aria-invalid=\"true\"")
            + (describedBy.isEmpty ? "" : " aria-describedby=\"\(describedBy.joined(separator: " "))\"")
            + (rule.required ? " required" : ""))
        let control: HTML
        switch rule.kind {
        case .longText, .textList:
            control = "<textarea id=\"\(id)\" name=\"\(rule.key)\"\(aria)>\(value)</textarea>"
        case .choice(let options):
            control = select(id, rule, options: options, selected: selected, aria: aria, multiple: false)
        case .choices(let options):
            control = select(id, rule, options: options, selected: selected, aria: aria, multiple: true)
        case .reference:
            control = select(id, rule, options: referenceOptions, selected: selected, aria: aria, multiple: false, names: true)
        case .references:
            control = select(id, rule, options: referenceOptions, selected: selected, aria: aria, multiple: true, names: true)
        case .boolean:
            control = """
            <input type="hidden" name="\(rule.key)" value="false"><input id="\(id)" name="\(rule.key)" type="checkbox" value="true"\(value == "yes" ? HTML(raw: " checked") : .empty)\(aria)>
            """
        default:
            control = "<input id=\"\(id)\" name=\"\(rule.key)\" type=\"\(inputType(rule.kind))\" value=\"\(value)\"\(stepAttribute(rule.kind))\(aria)>"
        }
        return """
        <div><label for="\(id)">\(rule.label)\(rule.required ? "<span class=\"hint\"> \(L("(required)"))</span>" as HTML : .empty)</label>
        \((rule.help ?? multipleHint(rule.kind)).map { "<p class=\"hint\" id=\"\(id)-hint\">\($0)</p>" } ?? .empty)
        \(control)
        \(messages.isEmpty ? .empty : "<p class=\"field-error\" id=\"\(id)-err\">\(rule.label) \(Phrase.list(messages, separator: "; ")).</p>")</div>
        """
    }

    /// A list that takes several values says how to pick them.
    private static func multipleHint(_ kind: FieldKind) -> Phrase? {
        switch kind {
        case .choices, .references: L("Hold Ctrl (Cmd on a Mac) to choose several.")
        default: nil
        }
    }

    private static func select(_ id: String, _ rule: FieldRule, options: [ChoiceOption], selected: [String],
                               aria: HTML, multiple: Bool, names: Bool = false) -> HTML {
        // A reference lists records by name: data, which no translator (nor browser) should touch.
        let blank: HTML = multiple ? .empty : "<option value=\"\">\(rule.required ? L("— choose —") : L("— none —"))</option>"
        let items = options.map { o -> HTML in
            "<option value=\"\(o.value)\"\(selected.contains(o.value) ? HTML(raw: " selected") : .empty)\(names ? HTML(raw: " translate=\"no\"") : .empty)>\(o.label)</option>"
        }
        return "<select id=\"\(id)\" name=\"\(rule.key)\(multiple ? "[]" : "")\"\(multiple ? HTML(raw: " multiple") : .empty)\(aria)>\(blank)\(items)</select>"
    }

    private static func inputType(_ kind: FieldKind) -> String {
        switch kind {
        case .email: "email"
        case .date: "date"
        case .integer, .decimal: "number"
        default: "text"
        }
    }

    private static func stepAttribute(_ kind: FieldKind) -> HTML {
        switch kind {
        case .decimal: HTML(raw: " step=\"any\"")
        case .integer: HTML(raw: " step=\"1\"")
        default: .empty
        }
    }

    static func password(_ key: String, _ label: Phrase, _ errors: ValidationErrors, autocomplete: String) -> HTML {
        let messages = errors.phrases(for: key)
        return """
        <div><label for="f-\(key)">\(label)</label>
        <input id="f-\(key)" name="\(key)" type="password" autocomplete="\(autocomplete)" required\(messages.isEmpty ? .empty : HTML(raw: " aria-invalid=\"true\" aria-describedby=\"f-\(key)-err\""))>
        \(messages.isEmpty ? .empty : "<p class=\"field-error\" id=\"f-\(key)-err\">\(Phrase.list(messages)).</p>")</div>
        """
    }
}
