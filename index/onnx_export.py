"""Export a verified sentence-transformers model to one ONNX graph, checked against torch before it is used.

The graph maps (input_ids, attention_mask) to the model's L2-normalised sentence vector: the transformer, mean
pooling and both Dense layers of EmbeddingGemma in one pass. The export runs once, at set-up, on this machine
(nothing is downloaded); it is written to a temporary folder and renamed into place only after every probe text
gives the same vector as sentence-transformers (cosine >= MIN_COSINE), so a half-done export is never used.

    python -m index export-onnx            # part of scripts/setup.sh; about 2 minutes on 2 cores

Example:
    >>> folder = export_onnx(settings.models_dir / "embeddinggemma-300m", settings.models_dir /
    ...                      "embeddinggemma-300m-onnx", fingerprint="3f0c…")
"""
from __future__ import annotations

import json
import logging
import shutil
import tempfile
import time
import warnings
from dataclasses import asdict
from pathlib import Path

import numpy as np

from index.onnx_encoder import GRAPH_FILE, OUTPUT_NAME, RECORD_FILE, ExportRecord, OnnxEncoder, read_export_record

MIN_COSINE = 0.9999
MAX_TOKENS = 512
OPSET = 18
PROBES = {
    "query": ["Wat doet het Rijk aan leegstand in winkelgebieden?", "vraag 87",
              "Will there be a new action plan for population decline?", "En vraag 12?",
              "Hoeveel geld krijgen de krimpregio's uit het Gemeentefonds voor de anticipeerregio's?"],
    "document": ["Het kabinet zet in op brede welvaart in alle regio's. Daarom investeert het Rijk via regiodeals "
                 "in de leefbaarheid van krimp- en anticipeergebieden, samen met provincies en gemeenten.",
                 "Antwoord vraag 7 en 8 Ja. De minister heeft de Kamer hierover op 3 juli 2020 geïnformeerd."],
}


class ExportError(Exception):
    """The export failed or its vectors do not match the torch model; the message says what to do."""


def export_onnx(source: Path, target: Path, fingerprint: str, quiet: bool = False) -> Path:
    """Export `source` (a sentence-transformers folder) to `target` unless a matching export is already there."""
    record = read_export_record(target)
    if record and record.source_fingerprint == fingerprint:
        return target
    import torch
    from sentence_transformers import SentenceTransformer

    if quiet:  # the exporter logs every skipped torchvision operator and each of its passes
        logging.getLogger("torch.onnx").setLevel(logging.ERROR)
        warnings.filterwarnings("ignore", module=r"torch\..*")
        warnings.filterwarnings("ignore", category=FutureWarning)
    _remove_leftovers(target)
    model = SentenceTransformer(str(source), device="cpu", local_files_only=True)
    prompts = getattr(model, "prompts", {}) or {}
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=target.parent, prefix=f".{target.name}-") as work:
        work = Path(work)
        sample = model.tokenizer(["task: search result | query: vraag 87", PROBES["document"][0]],
                                 return_tensors="pt", padding=True)
        batch, tokens = torch.export.Dim("batch", min=1, max=256), torch.export.Dim("tokens", min=2, max=MAX_TOKENS)
        started = time.perf_counter()
        torch.onnx.export(_unit_vector_module(model), (sample["input_ids"], sample["attention_mask"]),
                          str(work / GRAPH_FILE), input_names=["input_ids", "attention_mask"],
                          output_names=[OUTPUT_NAME], opset_version=OPSET, dynamo=True, external_data=True,
                          dynamic_shapes={"input_ids": {0: batch, 1: tokens}, "attention_mask": {0: batch, 1: tokens}},
                          verbose=not quiet)
        shutil.copy2(source / "tokenizer.json", work / "tokenizer.json")
        dim = getattr(model, "get_embedding_dimension", model.get_sentence_embedding_dimension)()
        draft = ExportRecord(source_fingerprint=fingerprint, dim=dim,
                             max_tokens=MAX_TOKENS, query_prompt=prompts.get("query", ""),
                             document_prompt=prompts.get("document", ""), min_cosine_vs_torch=0.0,
                             probes=sum(len(texts) for texts in PROBES.values()),
                             torch_version=torch.__version__, onnx_opset=OPSET,
                             exported_at=time.strftime("%Y-%m-%dT%H:%M:%S"))
        (work / RECORD_FILE).write_text(json.dumps(asdict(draft), indent=2))
        cosine = _agreement_with_torch(model, work, draft)
        if cosine < MIN_COSINE:
            raise ExportError(f"the ONNX export of {source.name} disagrees with sentence-transformers (cosine "
                              f"{cosine:.5f} < {MIN_COSINE}); keep KB_ENCODER=torch and report this.")
        final = ExportRecord(**{**asdict(draft), "min_cosine_vs_torch": round(cosine, 7)})
        (work / RECORD_FILE).write_text(json.dumps(asdict(final), indent=2))
        _replace_folder(work, target)
    if not quiet:
        print(f"[export-onnx] {target} ready in {time.perf_counter() - started:.0f} s; "
              f"min cosine vs torch {final.min_cosine_vs_torch}")
    return target


def _agreement_with_torch(model, folder: Path, record: ExportRecord) -> float:
    """The lowest cosine between the ONNX and the sentence-transformers vector over the probe texts, batched with
    padding, so masks and pooling are checked too."""
    encoder = OnnxEncoder(folder)
    lowest = 1.0
    for kind, texts in PROBES.items():
        prompt = record.query_prompt if kind == "query" else record.document_prompt
        ours = encoder.encode([prompt + text for text in texts])
        theirs = model.encode(texts, prompt_name=kind if prompt else None, normalize_embeddings=True)
        lowest = min(lowest, float(np.min(np.sum(ours * np.asarray(theirs, np.float32), axis=1))))
    return lowest


def _remove_leftovers(target: Path) -> None:
    """Folders an interrupted export left beside the target (each may hold a 1.2 GB graph)."""
    if target.parent.is_dir():
        for folder in target.parent.glob(f".{target.name}-*"):
            shutil.rmtree(folder, ignore_errors=True)


def _replace_folder(staging: Path, target: Path) -> None:
    """Swap the finished export into place; an older export is moved aside first and removed after."""
    finished = staging.with_name(staging.name + "-done")
    staging.rename(finished)
    finished.chmod(0o755)  # mkdtemp made it private; the model folder is readable like the others
    old = target.with_name(f".{target.name}-old")
    if target.exists():
        shutil.rmtree(old, ignore_errors=True)
        target.rename(old)
    finished.rename(target)
    staging.mkdir()  # TemporaryDirectory removes its own folder on exit
    shutil.rmtree(old, ignore_errors=True)


def _unit_vector_module(model):
    """`model` wrapped as a torch module (ids, mask) -> unit vectors; torch is imported only when exporting."""
    import torch

    class UnitVectors(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.model = model

        def forward(self, input_ids, attention_mask):
            features = self.model({"input_ids": input_ids, "attention_mask": attention_mask})
            return torch.nn.functional.normalize(features["sentence_embedding"], dim=-1)

    return UnitVectors().eval()
