import Vapor

/// CSV lines (already made safe by `CSVWriter`) as a file to download, CRLF-terminated.
enum CSVDownload {
    static func response(_ lines: [String], name: String) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .init(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(name)\"")
        return Response(status: .ok, headers: headers, body: .init(string: lines.joined(separator: "\r\n") + "\r\n"))
    }
}
