from app.main import app


def test_index():
    assert app.test_client().get("/").json == {"status": "ok"}
