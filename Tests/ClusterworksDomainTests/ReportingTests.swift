import ClusterworksDomain
import Testing

private func d(_ s: String) -> CalendarDate { CalendarDate(s)! }

@Suite("Reporting periods and values to date")
struct ReportingTests {
    @Test("half-years, quarters and years follow the calendar and cover every day asked for")
    func calendars() {
        let halves = ReportingCalendar.halfYears.periods(from: d("1999-03-15"), to: d("2000-07-01"))
        #expect(halves.map(\.label) == ["1999 H1", "1999 H2", "2000 H1", "2000 H2"])
        #expect(halves.first?.start == d("1999-01-01") && halves.first?.end == d("1999-06-30") && halves.last?.end == d("2000-12-31"))
        let quarters = ReportingCalendar.quarters.periods(from: d("2024-02-10"), to: d("2024-05-01"))
        #expect(quarters.map(\.label) == ["2024 Q1", "2024 Q2"] && quarters[0].end == d("2024-03-31"))
        #expect(ReportingCalendar.years.periods(from: d("2000-12-31"), to: d("2001-01-01")).map(\.label) == ["2000", "2001"])
        #expect(ReportingCalendar.quarters.periods(from: d("2000-01-01"), to: d("2000-12-31")).allSatisfy { p in
            ReportingCalendar.quarters.periods(from: d("2000-01-01"), to: d("2000-12-31")).filter { $0.overlaps(p) }.count == 1 })
        #expect(CalendarDate.days(inMonth: 2, of: 2000) == 29 && CalendarDate.days(inMonth: 2, of: 1900) == 28)
    }

    @Test("a period overlapping another of the project is named in the refusal")
    func overlap() {
        let h1 = ReportingPeriod(label: "2024 H1", start: d("2024-01-01"), end: d("2024-06-30"))
        let mid = ReportingPeriod(label: "Mid", start: d("2024-06-30"), end: d("2024-08-31"))
        #expect(ReportingPeriodSchema.overlap(mid, with: [h1])?.english.contains("2024 H1") == true)
        #expect(ReportingPeriodSchema.overlap(.init(label: "H2", start: d("2024-07-01"), end: d("2024-12-31")), with: [h1]) == nil)
    }

    @Test("a period may start before the project does, but not lie wholly before or after it")
    func withinProject() {
        let start = d("1997-03-01"), end = d("2002-12-31")
        #expect(ReportingPeriodSchema.outside(.init(label: "1997 H1", start: d("1997-01-01"), end: d("1997-06-30")), projectStart: start, projectEnd: end) == nil)
        #expect(ReportingPeriodSchema.outside(.init(label: "1996 H2", start: d("1996-07-01"), end: d("1996-12-31")), projectStart: start, projectEnd: end)?.field == "endsOn")
        #expect(ReportingPeriodSchema.outside(.init(label: "2003", start: d("2003-01-01"), end: d("2003-12-31")), projectStart: start, projectEnd: end)?.field == "startsOn")
        #expect(ReportingPeriodSchema.outside(.init(label: "1990", start: d("1990-01-01"), end: d("1990-12-31")), projectStart: nil, projectEnd: nil) == nil)
    }

    static let figures: [ResultEntryRules.Figure] = [
        .init(kind: .baseline, on: d("2000-01-01"), value: 0),
        .init(kind: .measurement, on: d("2000-03-31"), value: 60),
        .init(kind: .target, on: d("2000-09-30"), value: 100),
        .init(kind: .measurement, on: d("2000-09-30"), value: 50),
    ]

    @Test("given people trained counted per period, the value to date adds the measurements; a level keeps the latest")
    func accumulation() {
        #expect(ResultProgress(Self.figures, direction: .higher, accumulation: .cumulative).latest?.value == 110)
        #expect(ResultProgress(Self.figures, direction: .higher, accumulation: .cumulative).status == .reached)
        #expect(ResultProgress(Self.figures, direction: .higher, accumulation: .level).latest?.value == 50)
    }

    @Test("per half-year: the target due, what was measured in the period, and the value to date at its end")
    func perPeriod() {
        let periods = ReportingCalendar.halfYears.periods(from: d("2000-01-01"), to: d("2001-06-30"))
        let rows = PeriodProgress(Self.figures, periods: periods, direction: .higher, accumulation: .cumulative).rows
        #expect(rows.map(\.measured) == [60, 50, nil])
        #expect(rows.map(\.toDate) == [60, 110, 110])
        #expect(rows.map(\.target) == [nil, 100, nil])
        #expect(rows[1].status == .reached && rows[2].status == nil)
        let level = PeriodProgress(Self.figures, periods: periods, direction: .higher, accumulation: .level).rows
        #expect(level.map(\.toDate) == [60, 50, 50] && level[1].status == .offTrack)
    }
}

@Suite("Results added up across the programme")
struct AggregationTests {
    typealias F = ResultAggregation.Figure
    static let h2 = ResultAggregation.period(named: "2000 H2")!
    static let ludhiana: [F] = [
        .init(kind: .baseline, on: d("2000-01-01"), value: 0, breakdown: Breakdown(["sex": ["female": 0, "male": 0]])),
        .init(kind: .measurement, on: d("2000-03-31"), value: 60, breakdown: Breakdown(["sex": ["female": 60, "male": 0]])),
        .init(kind: .measurement, on: d("2000-09-30"), value: 50, breakdown: Breakdown(["sex": ["female": 45, "male": 5]])),
        .init(kind: .target, on: d("2000-12-31"), value: 100, breakdown: Breakdown()),
    ]
    static let pune: [F] = [
        .init(kind: .baseline, on: d("2000-01-01"), value: 0, breakdown: Breakdown()),
        .init(kind: .measurement, on: d("2000-10-15"), value: 20, breakdown: Breakdown()),
        .init(kind: .target, on: d("2001-06-30"), value: 50, breakdown: Breakdown()),
    ]

    @Test("given people trained in two clusters, the programme's value to date, the period's measurements and the targets add up")
    func counts() {
        let row = ResultAggregation.row([Self.ludhiana, Self.pune], scale: .count, direction: .higher, accumulation: .cumulative, period: Self.h2)
        #expect(row.toDate == 130 && row.measured == 70 && row.target == 150 && row.series == 2 && row.notAdded == nil)
    }

    @Test("for women only, a cluster whose figures are not broken down by sex is left out and counted as such")
    func category() {
        let row = ResultAggregation.row([Self.ludhiana, Self.pune], scale: .count, direction: .higher, accumulation: .cumulative, period: Self.h2,
                                        category: ("sex", "female"))
        #expect(row.toDate == 105 && row.series == 1 && row.withoutCategory == 1 && row.target == nil)
    }

    @Test("a percentage or a measured quantity whose figures record no numerator and denominator is not added, and says why")
    func notAdded() {
        for scale in [IndicatorScale.percent, .quantity] {
            let row = ResultAggregation.row([Self.ludhiana], scale: scale, direction: .higher, accumulation: .level, period: Self.h2)
            #expect(row.notAdded != nil && row.toDate == nil && row.withoutRatio == 1)
        }
    }

    static func employed(_ measured: (Double, Double), target: (Double, Double)) -> [F] {
        [.init(kind: .baseline, on: d("2000-01-01"), value: 0, breakdown: Breakdown()),
         .init(kind: .measurement, on: d("2000-09-30"), value: measured.0 / measured.1 * 100, breakdown: Breakdown(), ratio: .init(numerator: measured.0, denominator: measured.1)),
         .init(kind: .target, on: d("2000-12-31"), value: target.0 / target.1 * 100, breakdown: Breakdown(), ratio: .init(numerator: target.0, denominator: target.1))]
    }

    @Test("given 88 of 110 trainees employed in Ludhiana and 30 of 50 in Pune, the programme's share is 118 of 160 (73.75 %), not the mean of 80 % and 60 %")
    func pooledPercent() {
        let row = ResultAggregation.row([Self.employed((88, 110), target: (70, 100)), Self.employed((30, 50), target: (40, 50))],
                                        scale: .percent, direction: .higher, accumulation: .level, period: Self.h2)
        #expect(row.notAdded == nil && row.series == 2 && row.pooled == FigureRatio(numerator: 118, denominator: 160))
        #expect(row.toDate == 73.75 && row.measured == 73.75 && row.target == 110.0 / 150 * 100)
    }

    @Test("a cluster whose percentage lacks its counts is left out of the pool and counted as such")
    func pooledWithout() {
        let plain: [F] = [.init(kind: .measurement, on: d("2000-09-30"), value: 60, breakdown: Breakdown())]
        let row = ResultAggregation.row([Self.employed((88, 110), target: (70, 100)), plain], scale: .percent, direction: .higher, accumulation: .level, period: Self.h2)
        #expect(row.series == 1 && row.withoutRatio == 1 && row.toDate == 80)
        let women = ResultAggregation.row([Self.employed((88, 110), target: (70, 100))], scale: .percent, direction: .higher, accumulation: .level,
                                          period: Self.h2, category: ("sex", "female"))
        #expect(women.notAdded != nil && women.toDate == nil)
    }

    @Test("a figure's numerator and denominator must give its value, on a percentage or a ratio only")
    func ratioRules() {
        #expect(FigureRatio(numerator: 88, denominator: 110).problems(value: 80, scale: .percent).isEmpty)
        #expect(FigureRatio(numerator: 1, denominator: 3).problems(value: 33.3, scale: .percent).isEmpty)
        #expect(FigureRatio(numerator: 1000, denominator: 140).problems(value: 7.14, scale: .quantity).isEmpty)
        #expect(FigureRatio(numerator: 88, denominator: 110).problems(value: 70, scale: .percent).map(\.field) == ["value"])
        #expect(FigureRatio(numerator: 120, denominator: 110).problems(value: 109.1, scale: .percent).map(\.field).contains("numerator"))
        #expect(FigureRatio(numerator: 5, denominator: 0).problems(value: 0, scale: .quantity).map(\.field) == ["denominator"])
        #expect(FigureRatio(numerator: 5, denominator: 10).problems(value: 50, scale: .count).map(\.field) == ["numerator"])
    }

    @Test("periods are named as programmes name them")
    func names() {
        #expect(ResultAggregation.period(named: "2000")?.end == d("2000-12-31"))
        #expect(ResultAggregation.period(named: "2000 Q3")?.start == d("2000-07-01"))
        #expect(ResultAggregation.period(named: "2000 H3") == nil && ResultAggregation.period(named: "H1 2000") == nil && ResultAggregation.period(named: "") == nil)
    }
}

@Suite("Budgets for IATI")
struct AnnualBudgetTests {
    @Test("given 1,000,000 USD from July 1996 to June 1999, each calendar year gets its days' share and the years add up to the total")
    func split() {
        let b = AnnualBudget(total: 1_000_000, from: d("1996-07-01"), to: d("1999-06-30"))
        #expect(b.years.map(\.start) == [d("1996-07-01"), d("1997-01-01"), d("1998-01-01"), d("1999-01-01")])
        #expect(b.years.map(\.end) == [d("1996-12-31"), d("1997-12-31"), d("1998-12-31"), d("1999-06-30")])
        #expect(b.years[1].amount == (1_000_000.0 * 365 / 1095 * 100).rounded() / 100)
        #expect(abs(b.years.map(\.amount).reduce(0, +) - 1_000_000) < 0.005)
    }

    @Test("a project within one year has one budget period; dates the wrong way round have none")
    func edges() {
        #expect(AnnualBudget(total: 500, from: d("2000-03-01"), to: d("2000-09-30")).years == [.init(start: d("2000-03-01"), end: d("2000-09-30"), amount: 500)])
        #expect(AnnualBudget(total: 500, from: d("2001-03-01"), to: d("2000-09-30")).years.isEmpty)
    }
}
