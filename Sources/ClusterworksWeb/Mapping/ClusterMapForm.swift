import ClusterworksAnalytics
import ClusterworksDomain
import ClusterworksWorkflows
import Vapor

/// The upload form: a name, the country (for the outline on the map), the statistics, the cluster
/// definitions and, optionally, where the regions lie. Refused uploads come back with every problem.
enum ClusterMapForm {
    /// The most an upload (all three files together) may weigh; documented in the README and the API.
    static let maxUpload: ByteCount = "256mb"
    static let files: Set<String> = ["statistics", "definitions", "regions"]

    /// The upload, read as it streams in, and the text values to show again if it is refused. The
    /// page's form proves it came from this site (`checkToken`) before any file is read.
    static func upload(_ req: Request, checkToken: Bool) async throws -> (ClusterMapService.Upload, [String: String]) {
        let form = try await StreamedForm.read(req, limit: maxUpload, files: files) { fields in
            if checkToken { try CSRFMiddleware.check(fields["_csrf"], req) }
        }
        let name = form.fields["name"] ?? ""
        let code = form.fields["countryCode"]?.trimmingCharacters(in: .whitespaces).uppercased()
        let upload = ClusterMapService.Upload(name: name, countryCode: code?.isEmpty == false ? code : nil,
                                              statistics: form.files["statistics"], definitions: form.files["definitions"], regions: form.files["regions"])
        return (upload, ["name": name, "countryCode": code ?? ""])
    }

    static func render(token: String, values: [String: String], refusal: ClusterMapService.Refusal?) -> HTML {
        let errors = refusal?.fields ?? .init()
        func error(_ key: String) -> HTML {
            let m = errors.phrases(for: key)
            return m.isEmpty ? .empty : "<p class=\"field-error\" id=\"cm-\(key)-err\">\(Phrase.list(m)).</p>"
        }
        func aria(_ key: String) -> HTML { errors.phrases(for: key).isEmpty ? .empty : HTML(raw: " aria-invalid=\"true\" aria-describedby=\"cm-\(key)-err\"") }
        return """
        <section aria-labelledby="up-h"><h2 id="up-h">\(L("Map clusters from regional statistics"))</h2>
        \(problems(refusal?.problems))
        <form method="post" action="\(SitePath.clusterMaps)" enctype="multipart/form-data" data-progress>
        \(Layout.csrfField(token: token))
        <div class="field"><label for="cm-name">\(L("Name of the map"))</label><input id="cm-name" name="name" required maxlength="200" value="\(values["name"] ?? "")"\(aria("name"))>\(error("name"))</div>
        <div class="field"><label for="cm-countryCode">\(L("Country code (two letters, for the outline)"))</label><input id="cm-countryCode" name="countryCode" maxlength="2" value="\(values["countryCode"] ?? "")"\(aria("countryCode"))>\(error("countryCode"))</div>
        <div class="field"><label for="cm-statistics">\(L("Statistics (CSV: year, region, industry, employment, establishments, payroll; any order, other columns ignored)"))</label>
        <input id="cm-statistics" name="statistics" type="file" accept=".csv,text/csv" required\(aria("statistics"))>\(error("statistics"))</div>
        <div class="field"><label for="cm-definitions">\(L("Cluster definitions (CSV: industry, cluster, traded — 1 traded, 0 local)"))</label>
        <input id="cm-definitions" name="definitions" type="file" accept=".csv,text/csv" required\(aria("definitions"))>\(error("definitions"))</div>
        <div class="field"><label for="cm-regions">\(L("Where the regions lie (optional CSV: region, latitude, longitude; other regions are left out)"))</label>
        <input id="cm-regions" name="regions" type="file" accept=".csv,text/csv"></div>
        <p><button type="submit">\(L("Upload and map"))</button></p>
        <p class="upload-status" aria-live="polite"><progress hidden max="100"></progress> <span data-status></span></p>
        </form>
        <script src="\(SitePath.asset(.uploadProgress))" defer></script>
        </section>
        """
    }

    /// Every problem of a refused file, by line and column, so the file can be fixed in one go.
    static func problems(_ p: StatisticsProblems?) -> HTML {
        guard let p else { return .empty }
        let items = p.problems.map { q -> HTML in "<li>\(q.column.map { L("Line \(q.line), column \($0): \(q.message)") } ?? L("Line \(q.line): \(q.message)"))</li>" }
        return """
        <div class="notice error" role="alert"><p>\(p.truncated ? L("Nothing was stored: the \(p.file.rawValue) file has at least \(p.problems.count) problems.") : L("Nothing was stored: the \(p.file.rawValue) file has \(p.problems.count) problems."))</p>
        <ul class="problems">\(items)</ul>\(p.truncated ? "<p>\(L("Reading stopped after \(StatisticsProblems.limit) problems."))</p>" as HTML : .empty)</div>
        """
    }

    /// Uploads a form with a progress bar, then shows the page the server answers with. Without
    /// scripts the form posts as usual.
    static let script = """
    document.querySelectorAll('form[data-progress]').forEach(function (form) {
      form.addEventListener('submit', function (event) {
        if (!window.FormData || !window.XMLHttpRequest) return;
        event.preventDefault();
        var bar = form.querySelector('progress'), status = form.querySelector('[data-status]');
        var button = form.querySelector('button[type=submit]');
        var xhr = new XMLHttpRequest();
        xhr.open('POST', form.action);
        bar.hidden = false; bar.value = 0; button.disabled = true;
        status.textContent = 'Uploading…';
        xhr.upload.onprogress = function (e) {
          if (!e.lengthComputable) return;
          bar.max = e.total; bar.value = e.loaded;
          status.textContent = 'Uploading… ' + Math.round(100 * e.loaded / e.total) + ' %';
        };
        xhr.upload.onload = function () { bar.removeAttribute('value'); status.textContent = 'Uploaded. Reading and mapping the statistics…'; };
        xhr.onload = function () {
          if (xhr.status < 400 && xhr.responseURL && xhr.responseURL.indexOf('/cluster-maps/') > 0) { window.location.assign(xhr.responseURL); return; }
          document.open(); document.write(xhr.responseText); document.close();
        };
        xhr.onerror = function () { button.disabled = false; bar.hidden = true; status.textContent = 'The upload failed: check the connection and try again.'; };
        xhr.send(new FormData(form));
      });
    });
    """
}
