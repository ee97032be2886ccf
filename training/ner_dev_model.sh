#!/bin/sh
# Assemble the dev-trained models (first 90 % of ANERcorp) into one directory laid out like
# resources/ner, so that benchmarks/ner_eval.py --model-dir build/ner/dev_model scores exactly
# the shipped pipeline on the dev slice. Run after:
#   python training/train_ner.py --dev && python training/train_ner_neural.py --dev
set -e
BUILD=${1:-build/ner}
mkdir -p "$BUILD/dev_model"
cp "$BUILD/dev_resources/words.tsv.gz" "$BUILD/dev_resources/gazetteer.tsv.gz" "$BUILD/dev_model/"
cp "$BUILD/crf_dev.model" "$BUILD/dev_model/crf.model"
cp "$BUILD/neural_dev/neural.npz" "$BUILD/neural_dev/neural.json" "$BUILD/neural_dev/vectors.npz" "$BUILD/dev_model/"
cp src/rasad/resources/ner/config.json "$BUILD/dev_model/"
