/// The core of SME-development indicators every programme measures, offered to every database
/// beside the seed's case-specific ones. Append-only, like `IndicatorLibrary.entries`: a database
/// remembers how many it was offered; a name it already has is not offered again.
public enum CoreIndicators {
    public static let entries: [IndicatorLibrary.Entry] = [
        .init(name: "Employment", unit: "workers", scale: .count, level: .firm, direction: .higher, dimensions: ["sex"],
              definition: "People working in the firm, owners included, at the date of the measurement.", source: "Core SME indicator"),
        .init(name: "Sales", unit: "USD per year", scale: .amount, level: .firm, direction: .higher, dimensions: [],
              definition: "The firm's turnover over the twelve months before the measurement.", source: "Core SME indicator"),
        .init(name: "Export sales", unit: "USD per year", scale: .amount, level: .firm, direction: .higher, dimensions: [],
              definition: "The part of the firm's sales sold abroad over the twelve months before the measurement.", source: "Core SME indicator"),
        .init(name: "New products or services", unit: "products", scale: .count, level: .firm, direction: .higher, dimensions: [],
              definition: "Products or services the firm brought to market since the one measurement before.", source: "Core SME indicator",
              accumulation: .cumulative),
        .init(name: "Certifications held", unit: "certifications", scale: .count, level: .firm, direction: .higher, dimensions: [],
              definition: "Quality, environmental or product certifications the firm holds at the date (ISO 9001, organic, HACCP…).", source: "Core SME indicator"),
        .init(name: "Investment", unit: "USD", scale: .amount, level: .firm, direction: .higher, dimensions: [],
              definition: "Investment in equipment, premises and technology since the one measurement before.", source: "Core SME indicator",
              accumulation: .cumulative),
        .init(name: "Association membership", unit: "members", scale: .count, level: .network, direction: .higher, dimensions: [],
              definition: "Firms or artisans who are paying members of the association or network.", source: "Core SME indicator"),
        .init(name: "Firms exporting", unit: "firms", scale: .count, level: .network, direction: .higher, dimensions: [],
              definition: "Member firms that exported in the year.", source: "Core SME indicator"),
        .init(name: "Members using the network's services", unit: "firms", scale: .count, level: .network, direction: .higher, dimensions: ["firm_size"],
              definition: "Member firms that used at least one service of the network or association in the year.", source: "Core SME indicator"),
        .init(name: "Service fees collected", unit: "USD per year", scale: .amount, level: .network, direction: .higher, dimensions: [],
              definition: "Fees the network or association collected for its services in the year.", source: "Core SME indicator"),
        .init(name: "People trained", unit: "people", scale: .count, level: .project, direction: .higher, dimensions: ["sex"],
              definition: "People who completed a training course of the programme.", source: "Core SME indicator", accumulation: .cumulative),
        .init(name: "Trainees employed", unit: "%", scale: .percent, level: .cluster, direction: .higher, dimensions: [],
              definition: "Share of trainees who found employment in the cluster after the course: record those employed as numerator and those who finished as denominator.", source: "Core SME indicator"),
    ]
}
