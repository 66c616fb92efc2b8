"""Build a PyTorch module from a `coforge.network` JSON document (the format of
`coforge-bench network-json`), so that side-by-side benchmarks run the very same graph in
PyTorch and, through torch.onnx.export, in onnxruntime.

Semantics follow Coforge's NetworkIR: NCHW, ONNX padding order [top, left, bottom, right],
vectors as N x F x 1 x 1, softmax over channels.
"""
import json

import torch
import torch.nn as nn
import torch.nn.functional as F

ACTIVATIONS = {
    "relu": nn.ReLU, "relu6": nn.ReLU6, "hardSwish": nn.Hardswish, "hardSigmoid": nn.Hardsigmoid,
    "sigmoid": nn.Sigmoid, "tanh": nn.Tanh, "gelu": nn.GELU,
}


def _pad(padding):
    top, left, bottom, right = padding
    return top, left, bottom, right


class _Padded(nn.Module):
    """A conv/pool with asymmetric padding applied by F.pad first (symmetric goes to the op)."""

    def __init__(self, op, padding, value=0.0):
        super().__init__()
        self.op, self.padding, self.value = op, padding, value

    def forward(self, x):
        t, l, b, r = self.padding
        return self.op(F.pad(x, (l, r, t, b), value=self.value))


def _conv(layer, in_channels):
    t, l, b, r = _pad(layer.get("padding", [0, 0, 0, 0]))
    symmetric = t == b and l == r
    conv = nn.Conv2d(in_channels, layer["outChannels"], tuple(layer["kernel"]), tuple(layer.get("stride", [1, 1])),
                     (t, l) if symmetric else 0, tuple(layer.get("dilation", [1, 1])), layer.get("groups", 1),
                     bias=layer.get("bias", False))
    return conv if symmetric else _Padded(conv, (t, l, b, r))


def _pool(layer, kind):
    t, l, b, r = _pad(layer.get("padding", [0, 0, 0, 0]))
    kernel, stride = tuple(layer["kernel"]), tuple(layer.get("stride", layer["kernel"]))
    symmetric = t == b and l == r and t <= kernel[0] // 2 and l <= kernel[1] // 2
    if kind == "max":
        pool = nn.MaxPool2d(kernel, stride, (t, l) if symmetric else 0)
        return pool if symmetric else _Padded(pool, (t, l, b, r), value=float("-inf"))
    include = layer.get("countIncludePad", True)
    if symmetric:
        return nn.AvgPool2d(kernel, stride, (t, l), count_include_pad=include)
    if not include:
        raise ValueError(f"{layer['name']}: asymmetric avgPool with countIncludePad false is not supported here")
    return _Padded(nn.AvgPool2d(kernel, stride, 0), (t, l, b, r))


class _SqueezeExcite(nn.Module):
    def __init__(self, channels, squeeze, gate):
        super().__init__()
        self.reduce = nn.Linear(channels, squeeze)
        self.expand = nn.Linear(squeeze, channels)
        self.gate = ACTIVATIONS[gate]()

    def forward(self, x):
        s = x.mean(dim=(2, 3))
        s = self.gate(self.expand(torch.relu(self.reduce(s))))
        return x * s[:, :, None, None]


class _Shuffle(nn.Module):
    def __init__(self, groups):
        super().__init__()
        self.groups = groups

    def forward(self, x):
        n, c, h, w = x.shape
        return x.view(n, self.groups, c // self.groups, h, w).transpose(1, 2).reshape(n, c, h, w)


class CoforgeNetwork(nn.Module):
    """Executes the layers in file order; each layer reads the outputs it names."""

    def __init__(self, document):
        super().__init__()
        assert document.get("format") == "coforge.network", "not a coforge.network document"
        channels, height, width = document["input"]
        self.input_shape = (channels, height, width)
        shapes = {"input": (channels, height, width)}
        self.plan, self.ops = [], nn.ModuleDict()
        previous = "input"
        with torch.no_grad():
            probe = {"input": torch.zeros(1, channels, height, width)}
            for layer in document["layers"]:
                name, kind = layer["name"], layer["type"]
                inputs = layer.get("inputs", [previous])
                c_in = shapes[inputs[0]][0]
                module = None
                if kind == "conv2d":
                    module = _conv(layer, c_in)
                elif kind == "linear":
                    module = nn.Linear(c_in, layer["outFeatures"], bias=layer.get("bias", True))
                elif kind == "batchNorm":
                    module = nn.BatchNorm2d(c_in, eps=layer.get("epsilon", 1e-5))
                elif kind in ACTIVATIONS:
                    module = ACTIVATIONS[kind]()
                elif kind == "maxPool":
                    module = _pool(layer, "max")
                elif kind == "avgPool":
                    module = _pool(layer, "avg")
                elif kind == "squeezeExcite":
                    module = _SqueezeExcite(c_in, layer["squeezeChannels"], layer.get("gate", "sigmoid"))
                elif kind == "channelShuffle":
                    module = _Shuffle(layer["groups"])
                key = "m%d" % len(self.plan)
                if module is not None:
                    self.ops[key] = module
                self.plan.append((name, kind, inputs, key))
                probe[name] = self._apply(kind, key, [probe[i] for i in inputs])
                shapes[name] = tuple(probe[name].shape[1:])
                previous = name
        self.output = document.get("output", previous)

    def _apply(self, kind, key, xs):
        x = xs[0]
        if kind == "linear":
            return self.ops[key](x.flatten(1))[:, :, None, None]
        if key in self.ops:
            return self.ops[key](x)
        if kind == "globalAvgPool":
            return x.mean(dim=(2, 3), keepdim=True)
        if kind == "add":
            out = xs[0]
            for other in xs[1:]:
                out = out + other
            return out
        if kind == "concat":
            return torch.cat(xs, dim=1)
        if kind == "flatten":
            return x.flatten(1)[:, :, None, None]
        if kind == "softmax":
            return torch.softmax(x, dim=1)
        if kind == "identity":
            return x
        if kind == "zero":
            return x * 0.0
        raise ValueError(f"unsupported layer type {kind}")

    def forward(self, x):
        values = {"input": x}
        for name, kind, inputs, key in self.plan:
            values[name] = self._apply(kind, key, [values[i] for i in inputs])
        return values[self.output]


def load(path_or_text):
    text = path_or_text
    if not path_or_text.lstrip().startswith("{"):
        with open(path_or_text) as f:
            text = f.read()
    return CoforgeNetwork(json.loads(text))
