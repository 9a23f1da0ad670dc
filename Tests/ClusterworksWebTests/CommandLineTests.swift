import Foundation
import Testing

/// The `clusterworks` program as a person runs it, in an empty folder.
@Suite("The command line")
struct CommandLineTests {
    /// The built program sits beside the test bundle.
    static var program: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("clusterworks")
    }

    static func run(_ arguments: [String]) throws -> (status: Int32, out: String, err: String, folder: URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cw-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = ["PATH": "/usr/bin:/bin", "CLUSTERWORKS_BCRYPT_COST": "4"]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile(), errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self), folder)
    }

    @Test("help, and commands that need no database, create no folder, no admin and no password", arguments: [["--help"], ["analyze", "--help"], ["routes"]])
    func helpTouchesNothing(_ arguments: [String]) throws {
        #expect(FileManager.default.isExecutableFile(atPath: Self.program.path), "build the program first: \(Self.program.path)")
        let r = try Self.run(arguments)
        defer { try? FileManager.default.removeItem(at: r.folder) }
        #expect(r.status == 0)
        #expect(!FileManager.default.fileExists(atPath: r.folder.appendingPathComponent("var").path))
        #expect(!(r.out + r.err).contains("Created the admin account") && !(r.out + r.err).contains("with password:"))
    }

    @Test("a file that is not there is named in one plain line, once")
    func missingFile() throws {
        let r = try Self.run(["analyze", "network", "--nodes", "nodes.csv", "--edges", "edges.csv", "--out", "results"])
        defer { try? FileManager.default.removeItem(at: r.folder) }
        #expect(r.status == 1)
        #expect(r.err == "clusterworks: no such file: nodes.csv\n")
        #expect(!FileManager.default.fileExists(atPath: r.folder.appendingPathComponent("var").path))
    }

    @Test("a command used wrongly says how to use it, once")
    func usage() throws {
        let r = try Self.run(["map-clusters", "--stats", "s.csv"])
        defer { try? FileManager.default.removeItem(at: r.folder) }
        #expect(r.status == 1)
        #expect(r.err.hasPrefix("clusterworks: Usage: clusterworks map-clusters") && r.err.components(separatedBy: "\n").count == 2)
    }
}
