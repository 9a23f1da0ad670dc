import ClusterworksDomain

/// A workbook's content: sheets of typed cells under a header row. What a cell holds decides how
/// a spreadsheet reads it: numbers as numbers, dates as dates, text as text.
struct Workbook: Sendable {
    enum Cell: Sendable, Equatable {
        case text(String), number(Double), date(CalendarDate), empty

        static func number(_ v: Double?) -> Cell { v.map(Cell.number) ?? .empty }
        static func text(_ v: String?) -> Cell { v.map(Cell.text) ?? .empty }
        static func date(_ v: String?) -> Cell { v.flatMap(CalendarDate.init).map(Cell.date) ?? .empty }

        /// As CSV writes it: numbers in full, dates in ISO form.
        var csv: String {
            switch self {
            case .text(let s): s
            case .number(let v): FieldValue.decimal(v).display
            case .date(let d): d.description
            case .empty: ""
            }
        }
    }

    struct Sheet: Sendable {
        let name: String
        /// Column names: said in the reader's language on the page, in English in files that programs read.
        let header: [Phrase]
        let rows: [[Cell]]
    }

    let sheets: [Sheet]
}
