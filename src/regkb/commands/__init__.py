"""Commands of each stage, one module each; regkb.cli registers them all."""
