/// An improvement action is done within its integrated improvement plan's period.
public enum PlanPeriod {
    public static func check(actionStart: CalendarDate?, actionEnd: CalendarDate?, planStart: CalendarDate, planEnd: CalendarDate) -> ValidationErrors {
        var errors = ValidationErrors()
        if let s = actionStart, s < planStart || s > planEnd { errors.add("startOn", L("must fall within the plan (\(planStart) to \(planEnd))")) }
        if let e = actionEnd, e < planStart || e > planEnd { errors.add("endOn", L("must fall within the plan (\(planStart) to \(planEnd))")) }
        return errors
    }
}
