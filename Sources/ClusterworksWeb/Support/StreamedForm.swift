import ClusterworksDomain
import Foundation
import ClusterworksWorkflows
import Vapor

/// A `multipart/form-data` upload read as it streams in, never collected whole: text fields (each at
/// most 10 KB) and files, whose bytes go straight into their own buffer. Past the route's limit it
/// is refused with 413, by the declared length before a byte is read, or by counting as it comes.
/// `admit` sees the text fields before the first file byte is kept (the form puts its CSRF token
/// first), so a refused upload costs no memory.
struct StreamedForm {
    var fields: [String: String] = [:]
    var files: [String: Data] = [:]

    static let maximumFieldBytes = 10 * 1024

    static func read(_ req: Request, limit: ByteCount, files fileNames: Set<String>,
                     admit: ([String: String]) throws -> Void) async throws -> StreamedForm {
        if let declared = req.headers.first(name: .contentLength).flatMap(Int.init), declared > limit.value {
            throw tooLarge(limit)
        }
        guard let boundary = MultipartStream.boundary(contentType: req.headers.first(name: .contentType)) else {
            throw Refused(.unsupportedMediaType, L("Send the upload as multipart/form-data with a boundary."))
        }
        var form = StreamedForm(), stream = MultipartStream(boundary: boundary)
        var current: (name: String, isFile: Bool)?, text = Data(), admitted = false, received = 0
        func handle(_ event: MultipartStream.Event) throws {
            switch event {
            case .part(let name, let filename):
                try finishField()
                let isFile = filename != nil || fileNames.contains(name)
                if isFile, !admitted { try admit(form.fields); admitted = true }
                if isFile, fileNames.contains(name) { form.files[name] = Data() }
                current = (name, isFile)
            case .bytes(let bytes):
                guard let part = current else { return }
                if part.isFile {
                    form.files[part.name]?.append(contentsOf: bytes)
                } else {
                    guard text.count + bytes.count <= maximumFieldBytes else {
                        throw FieldErrors(errors: .init(field: part.name, L("is longer than 10 KB")), kind: .malformed)
                    }
                    text.append(contentsOf: bytes)
                }
            }
        }
        func finishField() throws {
            if let part = current, !part.isFile { form.fields[part.name] = String(decoding: text, as: UTF8.self) }
            text.removeAll(keepingCapacity: true)
            current = nil
        }
        do {
            for try await chunk in req.body {
                received += chunk.readableBytes
                if received > limit.value { throw tooLarge(limit) }
                try stream.feed(chunk, handle)
            }
            try stream.finish()
            try finishField()
        } catch let malformed as MultipartStream.Malformed {
            throw Refused(.badRequest, L("The upload is not well-formed multipart/form-data: \(malformed.description)."))
        }
        if !admitted { try admit(form.fields) }
        return form
    }

    static func tooLarge(_ limit: ByteCount) -> Refused {
        Refused(.payloadTooLarge, L("The upload is larger than the \(limit.value / 1_048_576) MB this route accepts."))
    }
}
