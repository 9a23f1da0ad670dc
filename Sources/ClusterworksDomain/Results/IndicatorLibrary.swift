/// The indicators the source document's cases measure (a milk-to-cheese yield, a waste-water load…),
/// loaded with the demo programme; a database that was offered them before keeps receiving later
/// ones. Entries are only appended: a database remembers how many it was offered.
public enum IndicatorLibrary {
    public struct Entry: Sendable {
        public let name, unit: String
        public let scale: IndicatorScale
        public let level: IndicatorLevel
        public let direction: IndicatorDirection
        /// Codes of the breakdown dimensions (`BreakdownDimension.standard`).
        public let dimensions: [String]
        public let definition, source: String
        public var accumulation: IndicatorAccumulation = .level
    }

    public static let entries: [Entry] = [
        .init(name: "Average milk-to-cheese yield", unit: "kg cheese per 100 l milk", scale: .quantity, level: .firm, direction: .higher,
              dimensions: [], definition: "Cheese obtained from 100 litres of milk, averaged over the firm's production.",
              source: "Boaco/Chontales: average increase of yields equivalent to 25 %"),
        .init(name: "Waste-water pollution load", unit: "kg BOD per day", scale: .quantity, level: .cluster, direction: .lower,
              dimensions: [], definition: "Organic load of residual water discharged by the cluster's processors.",
              source: "Boaco/Chontales: pollution of residual water reduced by up to 70 %"),
        .init(name: "New products launched", unit: "products", scale: .count, level: .cluster, direction: .higher,
              dimensions: [], definition: "New product types brought to market since the baseline.",
              source: "Boaco/Chontales: five new types of cheese launched", accumulation: .cumulative),
        .init(name: "People trained", unit: "people", scale: .count, level: .project, direction: .higher,
              dimensions: ["sex"], definition: "People who completed a training course of the programme.",
              source: "Ludhiana: more than 110 women trained in 7 batches", accumulation: .cumulative),
        .init(name: "Trainees employed", unit: "%", scale: .percent, level: .cluster, direction: .higher,
              dimensions: [], definition: "Share of trainees who found employment in the cluster after the course: record those employed as numerator and those who finished as denominator.",
              source: "Ludhiana: 80 % found immediate employment in the cluster"),
        .init(name: "Women trained", unit: "women", scale: .count, level: .cluster, direction: .higher,
              dimensions: ["age_group"], definition: "Women who completed a training course for the cluster's firms.",
              source: "Ludhiana: more than 110 women trained at the Government Polytechnic for Women", accumulation: .cumulative),
        .init(name: "Association membership", unit: "members", scale: .count, level: .network, direction: .higher,
              dimensions: [], definition: "Firms or artisans who are paying members of the association or network.",
              source: "Jaipur: CALICO membership rose from 26 artisans to 120"),
        .init(name: "Exports", unit: "USD per year", scale: .amount, level: .cluster, direction: .higher,
              dimensions: [], definition: "Value of the cluster's exports in a year.",
              source: "Tirupur: over 650 million US dollars of cotton hosiery exported in 1999"),
        .init(name: "Firms exporting", unit: "firms", scale: .count, level: .network, direction: .higher,
              dimensions: [], definition: "Member firms that exported in the year.",
              source: "Masaya: rocking chairs exported to the United Kingdom"),
        .init(name: "Employment", unit: "workers", scale: .count, level: .firm, direction: .higher,
              dimensions: ["sex"], definition: "People working in the firm.",
              source: "Jaipur: almost 10,000 workers in about 350 firms"),
        // Added with supplier development; a database seeded earlier receives them once.
        .init(name: "Cycle time", unit: "days", scale: .quantity, level: .firm, direction: .lower,
              dimensions: [], definition: "Days from the order to the finished product.",
              source: "Nicaragua supplier development: process and layout changes to cut cycle time"),
        .init(name: "Inventory days", unit: "days", scale: .quantity, level: .firm, direction: .lower,
              dimensions: [], definition: "Days of production the stock of materials and products covers.",
              source: "Nicaragua supplier development: inventory reduction"),
        .init(name: "Defect rate", unit: "%", scale: .percent, level: .firm, direction: .lower,
              dimensions: [], definition: "Share of units rejected by quality control or by the client.",
              source: "Nicaragua supplier development: total quality systems"),
        .init(name: "On-time delivery", unit: "%", scale: .percent, level: .firm, direction: .higher,
              dimensions: [], definition: "Share of deliveries on the agreed day.",
              source: "Nicaragua supplier development: delivery reliability"),
        .init(name: "Unit cost", unit: "USD", scale: .amount, level: .firm, direction: .lower,
              dimensions: [], definition: "Cost of producing one unit of the main product.",
              source: "Nicaragua supplier development: process changes to cut cost"),
    ]
}
