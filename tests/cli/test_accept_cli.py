"""``cases accept`` and ``cases acceptance``: a signature or a spoken acceptance, round trip."""

from __future__ import annotations

import base64
import io
import json
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from visitation_desktop.cli import exit_codes

from .conftest import EXAMPLE, Run, example_document, write_document


def _signature_file(path: Path) -> Path:
    image = Image.new("L", (240, 80), 255)
    ImageDraw.Draw(image).line([(5, 70), (120, 10), (235, 60)], fill=0, width=3)
    out = io.BytesIO()
    image.save(out, "PNG")
    path.write_bytes(out.getvalue())
    return path


def _import(run: Run, tmp_path: Path) -> None:
    document = example_document()
    document.pop("acceptance", None)
    result = run("cases", "import", str(write_document(tmp_path / "case.json", document)))
    assert result.code in (exit_codes.DONE, exit_codes.NOT_RECORDED), result.err


def test_signature_round_trip(run: Run, store: Path, tmp_path: Path) -> None:
    _import(run, tmp_path)
    assert run("cases", "acceptance", "1").out == "Handleplanen er ikke accepteret endnu.\n"
    png = _signature_file(tmp_path / "underskrift.png")
    result = run("cases", "accept", "1", "--signature", str(png), "--by", "Mette Kjær")
    assert result.code == exit_codes.DONE, result.err
    assert result.out.startswith("Accepten er gemt (underskrift af Mette Kjær den ")
    assert result.out.rstrip().endswith(") for handleplanen version 1.")

    shown = run("cases", "acceptance", "1", "--json")
    body = shown.json()
    assert (body["state"], body["kind"], body["by"], body["has_image"], body["recorded_by"]) == (
        "current", "signature", "Mette Kjær", True, "AB"
    )
    exported = json.loads(run("cases", "export", "1").out)
    assert exported["acceptance"]["image"], "the export carries the signature"
    text = run("cases", "acceptance", "1").out
    assert text.startswith("Underskrevet på skærmen af Mette Kjær den ")
    assert "ny accept" not in text


def test_a_changed_plan_needs_a_new_acceptance(run: Run, store: Path, tmp_path: Path) -> None:
    _import(run, tmp_path)
    assert run("cases", "accept", "1", "--spoken", "--by", "Mette Kjær", "--reason", "Kan ikke holde en pen").code == 0
    document = json.loads(run("cases", "export", "1").out)
    document["goals"][0]["text"] += " og selv cykle dertil"
    result = run("cases", "import", str(write_document(tmp_path / "changed.json", document)))
    assert result.code in (exit_codes.DONE, exit_codes.NOT_RECORDED), result.err
    text = run("cases", "acceptance", "2").out
    assert "Accepteret mundtligt af Mette Kjær" in text and "(ingen underskrift: Kan ikke holde en pen)" in text
    assert text.rstrip().endswith("Planen er ændret efter accepten – der skal en ny accept til.")
    assert run("cases", "acceptance", "2", "--json").json()["state"] == "stale"


def test_spoken_without_reason_is_refused(run: Run, store: Path, tmp_path: Path) -> None:
    _import(run, tmp_path)
    result = run("cases", "accept", "1", "--spoken", "--by", "Mette Kjær")
    assert result.code == exit_codes.NOT_DONE
    assert "En mundtlig accept kræver --reason: skriv, hvorfor der ikke er en underskrift." in result.err
    assert "Traceback" not in result.err
    assert run("cases", "acceptance", "1", "--json").json() == {"state": "none"}


def test_bad_files_and_cases_are_refused_in_one_danish_line(run: Run, store: Path, tmp_path: Path) -> None:
    _import(run, tmp_path)
    fake = tmp_path / "fake.png"
    fake.write_bytes(EXAMPLE.read_bytes())
    result = run("cases", "accept", "1", "--signature", str(fake), "--by", "Mette Kjær")
    assert (result.code, result.err.strip()) == (
        exit_codes.NOT_DONE, f"visitation-desktop: {fake}: Underskriften er ikke et PNG-billede."
    )
    missing = run("cases", "accept", "1", "--signature", str(tmp_path / "nej.png"), "--by", "Mette Kjær")
    assert missing.code == exit_codes.NOT_DONE and "findes ikke" in missing.err
    png = _signature_file(tmp_path / "u.png")
    nobody = run("cases", "accept", "1", "--signature", str(png), "--by", " ")
    assert nobody.code == exit_codes.NOT_DONE and "Skriv, hvem der har accepteret planen." in nobody.err
    unknown = run("cases", "accept", "9", "--signature", str(png), "--by", "Mette Kjær")
    assert unknown.code == exit_codes.NOT_DONE and "Sag 9 findes ikke." in unknown.err
    with pytest.raises(SystemExit) as usage:
        run("cases", "accept", "1", "--signature", str(png), "--spoken", "--by", "Mette Kjær")
    assert usage.value.code == exit_codes.USAGE


def test_an_imported_signature_must_be_a_png(run: Run, store: Path, tmp_path: Path) -> None:
    document = example_document()
    document["acceptance"] = {
        "kind": "signature", "by": "Mette Kjær", "on": "2026-03-02", "reason": "",
        "image": base64.b64encode(b"GIF89a" + bytes(64)).decode("ascii"),
        "plan_digest": "", "plan_version": 1, "recorded_by": "AB",
    }
    result = run("cases", "import", str(write_document(tmp_path / "bad.json", document)))
    assert result.code == exit_codes.NOT_DONE
    assert "Fejl i sagsfilen ved $.acceptance.image: Underskriften er ikke et PNG-billede." in result.err
    document["acceptance"]["image"] = "ikke base64!"
    result = run("cases", "import", str(write_document(tmp_path / "bad.json", document)))
    assert "$.acceptance.image: underskriften skal være et PNG-billede skrevet som base64." in result.err
    assert run("cases", "list", "--json").json() == []

    document["acceptance"]["image"] = base64.b64encode(_signature_file(tmp_path / "u.png").read_bytes()).decode()
    result = run("cases", "import", str(write_document(tmp_path / "good.json", document)))
    assert result.code in (exit_codes.DONE, exit_codes.NOT_RECORDED), result.err
    assert run("cases", "acceptance", "1", "--json").json()["has_image"] is True
