import Foundation

/// Parses one non-blank raw input according to a field kind.
struct FieldParser {
    let kind: FieldKind

    func parse(_ raw: RawInput) -> Result<FieldValue, FieldProblem> {
        switch kind {
        case .text(let max): return text(raw, max: max, singleLine: true)
        case .longText(let max): return text(raw, max: max, singleLine: false)
        case .email: return email(raw)
        case .integer(let range): return integer(raw, range: range)
        case .decimal(let range): return decimal(raw, range: range)
        case .date: return date(raw)
        case .boolean: return boolean(raw)
        case .choice(let options): return choice(raw, options: options)
        case .choices(let options): return choices(raw, options: options)
        case .textList(let maxItems, let maxLength): return textList(raw, maxItems: maxItems, maxLength: maxLength)
        case .countryCode: return countryCode(raw)
        case .countryCodes: return countryCodes(raw)
        case .reference: return reference(raw)
        case .references: return references(raw)
        case .breakdown: return breakdown(raw)
        }
    }

    /// `{"sex": {"female": 60, "male": 50}}`; a form's boxes left empty are not values.
    private func breakdown(_ raw: RawInput) -> Result<FieldValue, FieldProblem> {
        let shape = L("must be an object of dimensions, each an object of numbers by category, e.g. {\"sex\": {\"female\": 60, \"male\": 50}}")
        guard case .object(let dimensions) = raw else { return .failure(.init(shape)) }
        var values: [String: [String: Double]] = [:]
        for (d, categories) in dimensions {
            guard BreakdownDimension.isCode(d) else { return .failure(.init(L("names a dimension “\(String(d.prefix(40)))” that is not a code (lower-case letters, digits and _)"))) }
            guard case .object(let given) = categories else { return .failure(.init(shape)) }
            for (c, raw) in given where !raw.isBlank {
                guard BreakdownDimension.isCode(c) else { return .failure(.init(L("names a category “\(String(c.prefix(40)))” of \(d) that is not a code"))) }
                guard let n = number(raw), (-1e13...1e13).contains(n) else { return .failure(.init(L("gives \(d) \(c) a value that is not a number between -10000000000000 and 10000000000000"))) }
                values[d, default: [:]][c] = n
            }
        }
        return .success(.list(Breakdown(values).lines))
    }

    private func string(_ raw: RawInput) -> String? {
        if case .text(let s) = raw { return s.trimmedSpace(newlines: true) }
        return nil
    }

    private func text(_ raw: RawInput, max: Int, singleLine: Bool) -> Result<FieldValue, FieldProblem> {
        guard let s = string(raw) else { return .failure(.init(L("must be text"))) }
        // Counted as sent, in Unicode scalars, as JSON Schema's maxLength counts.
        if case .text(let sent) = raw, sent.unicodeScalars.count > max { return .failure(.init(L("must be at most \(max) characters"))) }
        if s.unicodeScalars.contains(where: { Self.isForbiddenControl($0, singleLine: singleLine) }) {
            return .failure(.init(singleLine ? L("must be a single line without control characters")
                                             : L("must not contain control characters")))
        }
        return .success(.text(s))
    }

    static func isForbiddenControl(_ scalar: Unicode.Scalar, singleLine: Bool) -> Bool {
        if scalar == "\n" || scalar == "\r" || scalar == "\t" { return singleLine && scalar != "\t" }
        return scalar.properties.generalCategory == .control
    }

    private func email(_ raw: RawInput) -> Result<FieldValue, FieldProblem> {
        guard let s = string(raw)?.lowercased() else { return .failure(.init(L("must be text"))) }
        guard EmailAddress.isValid(s) else { return .failure(.init(L("must be an e-mail address like name@example.org"))) }
        return .success(.text(s))
    }

    private func number(_ raw: RawInput) -> Double? {
        switch raw {
        case .number(let d): return d
        case .text(let s):
            let t = s.trimmedSpace().replacingOccurrences(of: " ", with: "")
            guard t.count <= 40, let d = Double(t), d.isFinite else { return nil }
            return d
        default: return nil
        }
    }

    private func integer(_ raw: RawInput, range: ClosedRange<Int>) -> Result<FieldValue, FieldProblem> {
        guard let d = number(raw), d == d.rounded(), abs(d) < 1e15 else {
            return .failure(.init(L("must be a whole number")))
        }
        let i = Int(d)
        guard range.contains(i) else { return .failure(.init(L("must be between \(range.lowerBound) and \(range.upperBound)"))) }
        return .success(.integer(i))
    }

    private func decimal(_ raw: RawInput, range: ClosedRange<Double>) -> Result<FieldValue, FieldProblem> {
        guard let d = number(raw) else { return .failure(.init(L("must be a number"))) }
        guard range.contains(d) else {
            return .failure(.init(L("must be between \(FieldValue.decimal(range.lowerBound).display) and \(FieldValue.decimal(range.upperBound).display)")))
        }
        return .success(.decimal(d))
    }

    private func date(_ raw: RawInput) -> Result<FieldValue, FieldProblem> {
        guard let s = string(raw), let d = CalendarDate(s) else {
            return .failure(.init(L("must be a date written YYYY-MM-DD between \(CalendarDate.acceptedYears.lowerBound) and \(CalendarDate.acceptedYears.upperBound)")))
        }
        return .success(.date(d))
    }

    private func boolean(_ raw: RawInput) -> Result<FieldValue, FieldProblem> {
        switch raw {
        case .bool(let b): return .success(.boolean(b))
        case .text(let s) where ["true", "on", "1", "yes"].contains(s.lowercased()): return .success(.boolean(true))
        case .text(let s) where ["false", "off", "0", "no"].contains(s.lowercased()): return .success(.boolean(false))
        default: return .failure(.init(L("must be true or false")))
        }
    }

    private func choice(_ raw: RawInput, options: [ChoiceOption]) -> Result<FieldValue, FieldProblem> {
        guard let s = string(raw), options.contains(where: { $0.value == s }) else {
            return .failure(.init(L("must be one of: \(options.map(\.value).joined(separator: ", "))")))
        }
        return .success(.text(s))
    }

    private func items(_ raw: RawInput) -> [RawInput] {
        if case .list(let items) = raw { return items }
        return [raw]
    }

    private func choices(_ raw: RawInput, options: [ChoiceOption]) -> Result<FieldValue, FieldProblem> {
        var picked: [String] = []
        for item in items(raw) {
            guard case .success(.text(let v)) = choice(item, options: options) else {
                return .failure(.init(L("each value must be one of: \(options.map(\.value).joined(separator: ", "))")))
            }
            if !picked.contains(v) { picked.append(v) }
        }
        return .success(.list(picked))
    }

    private func textList(_ raw: RawInput, maxItems: Int, maxLength: Int) -> Result<FieldValue, FieldProblem> {
        if case .list(let given) = raw, given.count > maxItems { return .failure(.init(L("must have at most \(maxItems) items"))) }
        var values: [String] = []
        for item in items(raw) {
            guard case .text(let s) = item else { return .failure(.init(L("must be a list of texts"))) }
            // A form sends one text with items on separate lines or separated by semicolons; a
            // browser's line break is "\r\n", which Swift sees as one character.
            for part in s.split(whereSeparator: { $0.isNewline || $0 == ";" }) {
                let v = part.trimmedSpace()
                guard !v.isEmpty else { continue }
                guard part.unicodeScalars.count <= maxLength else { return .failure(.init(L("each item must be at most \(maxLength) characters"))) }
                guard !v.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
                    return .failure(.init(L("items must not contain control characters")))
                }
                if !values.contains(v) { values.append(v) }
            }
        }
        guard values.count <= maxItems else { return .failure(.init(L("must have at most \(maxItems) items"))) }
        return .success(.list(values))
    }

    private func code(_ s: String) -> String? {
        let c = s.trimmedSpace().uppercased()
        return c.count == 2 && c.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) }) ? c : nil
    }

    private func countryCode(_ raw: RawInput) -> Result<FieldValue, FieldProblem> {
        guard let s = string(raw), let c = code(s) else { return .failure(.init(L("must be a two-letter ISO 3166 country code"))) }
        return .success(.text(c))
    }

    private func countryCodes(_ raw: RawInput) -> Result<FieldValue, FieldProblem> {
        var codes: [String] = []
        for item in items(raw) {
            guard let s = string(item) else { return .failure(.init(L("must be a list of two-letter ISO 3166 country codes"))) }
            for part in s.split(whereSeparator: { $0 == "," || $0 == " " || $0.isNewline }) {
                guard let c = code(String(part)) else { return .failure(.init(L("must be two-letter ISO 3166 country codes"))) }
                if !codes.contains(c) { codes.append(c) }
            }
        }
        return codes.isEmpty ? .failure(.init(L("must name at least one country"))) : .success(.list(codes))
    }

    /// Ids kept as lower-case text, in the order given, without repeats.
    private func references(_ raw: RawInput) -> Result<FieldValue, FieldProblem> {
        var ids: [String] = []
        for item in items(raw) {
            guard let s = string(item) else { return .failure(.init(L("must be a list of record ids"))) }
            for part in s.split(whereSeparator: { $0 == "," || $0 == " " || $0.isNewline }) {
                guard let id = UUID(uuidString: String(part)) else { return .failure(.init(L("must be ids of existing records"))) }
                let text = id.uuidString.lowercased()
                if !ids.contains(text) { ids.append(text) }
            }
        }
        guard ids.count <= 500 else { return .failure(.init(L("must name at most 500 records"))) }
        return .success(.list(ids))
    }

    private func reference(_ raw: RawInput) -> Result<FieldValue, FieldProblem> {
        guard let s = string(raw), let id = UUID(uuidString: s) else { return .failure(.init(L("must be the id of an existing record"))) }
        return .success(.reference(id))
    }
}
