"""The API as a client sees it over HTTP: a valid OpenAPI 3.1 document, and token sign-in."""
import json
import urllib.error
import urllib.request

from openapi_spec_validator import validate

from conftest import ADMIN_PASSWORD


def test_openapi_document_is_valid_openapi_3_1(server):
    with urllib.request.urlopen(server + "/api/v1/openapi.json") as r:
        doc = json.load(r)
    validate(doc)
    assert doc["openapi"] == "3.1.0"
    assert "/networks/{id}/memberships/{membershipId}" in doc["paths"]


def post_json(url, body, token=None):
    req = urllib.request.Request(url, data=json.dumps(body).encode(), method="POST",
                                 headers={"Content-Type": "application/json", **({"Authorization": f"Bearer {token}"} if token else {})})
    try:
        with urllib.request.urlopen(req) as r:
            return r.status, json.load(r)
    except urllib.error.HTTPError as e:
        return e.code, json.load(e)


def test_a_token_from_email_and_password_opens_the_api(server):
    status, body = post_json(server + "/api/v1/auth/tokens", {"email": "admin@example.org", "password": ADMIN_PASSWORD})
    assert status == 201
    token = body["token"]
    status, body = post_json(server + "/api/v1/clusters", {"name": "", "stage": "nowhere"}, token)
    assert status == 422
    assert {"name", "stage", "country", "place", "sector"} <= set(body["error"]["fields"])
    req = urllib.request.Request(server + "/api/v1/projects?country=NI", headers={"Authorization": f"Bearer {token}"})
    with urllib.request.urlopen(req) as r:
        projects = json.load(r)
    assert [p["code"] for p in projects["items"]] == ["NIC-CLN"]
