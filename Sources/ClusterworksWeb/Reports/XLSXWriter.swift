import ClusterworksDomain
import Foundation
import ZIPFoundation

/// A `Workbook` as an Office Open XML spreadsheet: the zip written by ZIPFoundation, the parts by
/// hand (they are short): a header row in bold and frozen, dates with a date format, text inline.
enum XLSXWriter {
    static func data(_ book: Workbook) throws -> Data {
        let archive = try Archive(accessMode: .create)
        var parts: [(String, String)] = [
            ("[Content_Types].xml", contentTypes(book.sheets.count)),
            ("_rels/.rels", #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#),
            ("xl/workbook.xml", workbook(book.sheets)),
            ("xl/_rels/workbook.xml.rels", workbookRelations(book.sheets.count)),
            ("xl/styles.xml", styles),
        ]
        for (i, sheet) in book.sheets.enumerated() { parts.append(("xl/worksheets/sheet\(i + 1).xml", worksheet(sheet))) }
        // A fixed time: the same content gives the same bytes.
        let stamp = Date(timeIntervalSince1970: 1_262_304_000)
        for (path, text) in parts {
            let bytes = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: stamp,
                                 compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw WorkbookError() }
        return data
    }

    struct WorkbookError: Error {}

    private static func contentTypes(_ sheets: Int) -> String {
        let overrides = (1...max(1, sheets)).map { #"<Override PartName="/xl/worksheets/sheet\#($0).xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"# }.joined()
        return #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#
            + overrides + "</Types>"
    }

    private static func workbook(_ sheets: [Workbook.Sheet]) -> String {
        let list = sheets.enumerated().map { i, s in #"<sheet name="\#(HTML.escape(s.name))" sheetId="\#(i + 1)" r:id="rId\#(i + 1)"/>"# }.joined()
        return #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>"#
            + list + "</sheets></workbook>"
    }

    private static func workbookRelations(_ sheets: Int) -> String {
        let sheetRels = (1...max(1, sheets)).map { #"<Relationship Id="rId\#($0)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet\#($0).xml"/>"# }.joined()
        return #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
            + sheetRels + #"<Relationship Id="rId\#(sheets + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"#
    }

    /// Style 0 plain, 1 a date (yyyy-mm-dd), 2 the header's bold.
    private static let styles = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\-mm\-dd"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>"#

    private static func worksheet(_ sheet: Workbook.Sheet) -> String {
        var out = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><sheetData>"#
        out += row(1, sheet.header.map { Workbook.Cell.text($0.english) }, header: true)
        for (i, cells) in sheet.rows.enumerated() { out += row(i + 2, cells, header: false) }
        return out + "</sheetData></worksheet>"
    }

    private static func row(_ number: Int, _ cells: [Workbook.Cell], header: Bool) -> String {
        var out = #"<row r="\#(number)">"#
        for (i, cell) in cells.enumerated() {
            let ref = column(i) + String(number)
            switch cell {
            case .empty: continue
            case .text(let s): out += #"<c r="\#(ref)" t="inlineStr"\#(header ? #" s="2""# : "")><is><t xml:space="preserve">\#(HTML.escape(s))</t></is></c>"#
            case .number(let v): out += #"<c r="\#(ref)"><v>\#(v)</v></c>"#
            case .date(let d): out += #"<c r="\#(ref)" s="1"><v>\#(serial(d))</v></c>"#
            }
        }
        return out + "</row>"
    }

    /// A, B, …, Z, AA, AB…
    static func column(_ index: Int) -> String {
        var i = index + 1, name = ""
        while i > 0 { let r = (i - 1) % 26; name = String(UnicodeScalar(65 + r)!) + name; i = (i - 1) / 26 }
        return name
    }

    /// Days since 1899-12-30, as spreadsheets count dates.
    static func serial(_ d: CalendarDate) -> Int { d.dayNumber + 25_569 }
}
