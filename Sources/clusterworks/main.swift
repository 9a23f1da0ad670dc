import ClusterworksWeb
import Logging
import Vapor

// `serve --demo` is ours; Vapor's serve command does not know the flag, so it is taken out here.
var arguments = CommandLine.arguments
let withDemo = arguments.contains("--demo")
arguments.removeAll { $0 == "--demo" }
let command = arguments.dropFirst().first { !$0.hasPrefix("-") } ?? "serve"

var env = try Environment.detect(arguments: arguments)
try LoggingSystem.bootstrap(from: &env)
let app = try await Application.make(env)
do {
    try await configure(app)
    app.registerCommands()
    if command == "serve" {
        try await Startup.beforeServing(app, demo: withDemo)
    }
    try await app.execute()
} catch {
    app.logger.report(error: error)
    try? await app.asyncShutdown()
    exit(1)
}
try await app.asyncShutdown()
