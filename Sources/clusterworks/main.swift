import ClusterworksWeb
import Logging
import ClusterworksWorkflows
import Vapor

// `serve --demo` is ours; Vapor's serve command does not know the flag, so it is taken out here.
var arguments = CommandLine.arguments
let withDemo = arguments.contains("--demo")
arguments.removeAll { $0 == "--demo" }
// Help, and commands that need no database, touch nothing: only `serve` (also the default) prepares it.
let asksHelp = arguments.contains("--help") || arguments.contains("-h")
let command = arguments.dropFirst().first { !$0.hasPrefix("-") } ?? (asksHelp ? "help" : "serve")

var env = try Environment.detect(arguments: arguments)
try LoggingSystem.bootstrap(from: &env)
let app = try await Application.make(env)
do {
    try await configure(app)
    app.registerCommands()
    if command == "serve" && !asksHelp {
        try await Startup.beforeServing(app, demo: withDemo)
    }
    try await app.execute()
} catch {
    // One plain line naming what went wrong, on standard error.
    FileHandle.standardError.write(Data("clusterworks: \(CommandFailure.describe(error))\n".utf8))
    try? await app.asyncShutdown()
    exit(1)
}
try await app.asyncShutdown()
