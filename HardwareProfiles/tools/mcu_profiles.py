#!/usr/bin/env python3
"""Writes the microcontroller profiles (HardwareProfiles/<id>.yaml) from published figures.

Every derived number is computed here from the published ones, so the arithmetic behind each
`derived` source can be re-run: `python3 HardwareProfiles/tools/mcu_profiles.py` (then
`coforge profile-check HardwareProfiles/*.yaml`). The calibration network is MCUNet's
mcunet-in2 (`coforge inspect mcunet-in2`): its MAC split by operator class and its add bytes
below are Coforge's exact counts of the released configuration.
"""
import os

# mcunet-in2 (coforge inspect mcunet-in2, int8): MACs by class, add output bytes, global-pool input
# bytes, kernels run (convolutions, adds, pool, classifier).
IN2 = dict(conv=2_764_800, depthwise=21_220_000, pointwise=43_142_400, linear=160_000,
           add_bytes=116_800, pool_bytes=4_000, kernels=67)
# Relative cost per MAC of the SIMD kernel libraries (a modelling assumption, see RELATIVE_NOTE).
RELATIVE = dict(conv=1.2, depthwise=2.0, pointwise=1.0, linear=1.5)
RELATIVE_NOTE = ("relative costs per MAC pointwise 1 : k×k conv 1.2 : depthwise 2 : linear 1.5 are a modelling "
                 "assumption (k×k convolutions add CMSIS-NN's im2col expansion; a depthwise MAC has no input reuse "
                 "across output channels, so every dual MAC needs its own loads; a fully connected layer reads each "
                 "weight once)")
# Published latency of mcunet-in2 on the STM32H743 at 480 MHz (TinyEngine README, 'Measured Results').
IN2_H743_MS = {"tflm-cmsis-nn": 642, "tinyengine": 280, "tflm-reference": 6463}
H743_HZ = 480e6
# Per-byte costs of the CMSIS-NN-style (DSP) kernels on a Cortex-M7 and the per-layer overhead.
M7_BYTES = dict(add=12.0, pooling=3.0, activation=1.0, requantization=6.0)
LAYER_OVERHEAD = 600.0
# ESP-NN README, kernel-wise ticks on ESP32-S3 (ANSI C, optimised) and the work of each case.
ESP = {
    "pointwise": ((4_642_259, 461_398), 10 * 10 * 64 * 64),
    "conv": ((2_106_801, 643_689), 8 * 8 * 64 * 27),
    "depthwise": ((1_192_832, 191_931), 16 * 16 * 16 * 9),
    "linear": ((12_290, 4_439), 265 * 3),
    "add": ((312_327, 71_644), 1615),
    "pooling": ((541_462, 160_580), 16 * 16 * 16),
    "activation": ((18_315, 1_856), 1615),
    "requantization": ((122_046, 30_950), 1615),
}
COREMARK_PER_MHZ = {"Cortex-M7": 5.01, "Cortex-M4": 3.42, "Cortex-M33": 4.02}


def solve_scale(ms, relative, per_byte):
    cycles = ms * 1e-3 * H743_HZ
    cycles -= IN2["kernels"] * LAYER_OVERHEAD + IN2["add_bytes"] * per_byte["add"] + IN2["pool_bytes"] * per_byte["pooling"]
    weighted = sum(IN2[k] * relative[k] for k in relative)
    return cycles / weighted


def m7_tables():
    ratio = {k: ESP[k][0][0] / ESP[k][0][1] for k in ("add", "pooling", "activation", "requantization")}
    ref_bytes = {k: M7_BYTES[k] * ratio[k] for k in M7_BYTES}
    flat = {k: 1.0 for k in RELATIVE}
    cmsis = solve_scale(IN2_H743_MS["tflm-cmsis-nn"], RELATIVE, M7_BYTES)
    te = solve_scale(IN2_H743_MS["tinyengine"], RELATIVE, M7_BYTES)
    ref = solve_scale(IN2_H743_MS["tflm-reference"], flat, ref_bytes)
    return {
        "cmsis-nn": ({k: cmsis * RELATIVE[k] for k in RELATIVE}, M7_BYTES),
        "tinyengine": ({k: te * RELATIVE[k] for k in RELATIVE}, M7_BYTES),
        "reference": ({k: ref for k in RELATIVE}, ref_bytes),
    }


def scaled(tables, factor):
    return {lib: ({k: v * factor for k, v in macs.items()}, {k: v * factor for k, v in byts.items()})
            for lib, (macs, byts) in tables.items()}


def esp_tables(factor=1.0):
    opt = {k: ESP[k][0][1] / ESP[k][1] * factor for k in ESP}
    ansi = {k: ESP[k][0][0] / ESP[k][1] * factor for k in ESP}
    split = lambda d: ({k: d[k] for k in RELATIVE}, {k: d[k] for k in M7_BYTES})
    return {"esp-nn": split(opt), "reference": split(ansi)}


def q(value, source, digits=4):
    return f"{{value: {float(f'{value:.{digits}g}')}, source: {source}}}"


def c(value, source):
    return f"{{value: {int(value)}, source: {source}}}"


def kernel_yaml(name, macs, byts, source, overhead_source, overhead=LAYER_OVERHEAD):
    lines = [f"    {name}:"]
    for k in ("conv", "depthwise", "pointwise", "linear"):
        lines.append(f"      {k}CyclesPerMAC: {q(macs[k], source)}")
    for k in ("add", "pooling", "activation", "requantization"):
        lines.append(f"      {k}CyclesPerByte: {q(byts[k], source)}")
    lines.append(f"      layerOverheadCycles: {q(overhead, overhead_source)}")
    return lines


# Published flash and peak SRAM of mcunet-in2 on the STM32H743 (TinyEngine README; kB = 1024 B),
# and what Coforge's model of the same runtime counts without the runtime's own code and SRAM
# (`coforge cost mcunet-in2 --profile stm32h743 --runtime R --json`: flashBytes − codeFlashBytes
# and peakSRAMBytes − runtimeSRAMBytes, with the runtime's other fields as below). The residuals
# are the runtime's code and static SRAM.
IN2_H743_PUBLISHED = {"tflm-cmsis-nn": (1102, 469), "tinyengine": (830, 215), "tflm-reference": (1084, 460)}
IN2_H743_MODEL = {"tflm-cmsis-nn": (864_200, 404_888), "tinyengine": (782_856, 204_800), "tflm-reference": (864_200, 404_888)}


def residuals(runtime):
    flash_kb, sram_kb = IN2_H743_PUBLISHED[runtime]
    model_flash, model_sram = IN2_H743_MODEL[runtime]
    return flash_kb * 1024 - model_flash, sram_kb * 1024 - model_sram


TFLM_FIELDS = [
    "      flashBytesPerOutputChannel: {value: 12, source: tflite-schema}",
    "      flashBytesPerTensor: {value: 64, source: tflite-schema}",
    "      arenaOverheadBytesPerTensor: {value: 12, source: tflm-eval-tensor}",
    "      arenaBytesPerOutputChannel: {value: 8, source: tflm-cmsis-conv}",
    "      arenaAlignmentBytes: {value: 16, source: tflm-allocator}",
]


def runtime_yaml(rid, description, library, kind):
    code, sram = residuals(kind)
    lines = [f"    {rid}:", "      description: \"" + description + "\"", f"      kernelLibrary: {library}",
             f"      runtimeCodeBytes: {c(code, 'in2-h743-' + kind + '-memory')}"]
    if kind == "tinyengine":
        lines += ["      flashBytesPerOutputChannel: {value: 4, source: tinyengine-codegen}"]
    else:
        lines += TFLM_FIELDS
    lines += [f"      runtimeSRAMBytes: {c(sram, 'in2-h743-' + kind + '-memory')}",
              "      inputInArena: true"]
    if kind == "tinyengine":
        lines += ["      inPlace: [activation, depthwise]", "      im2colColumnCount: {value: 2, source: cmsis-nn-im2col}"]
    elif kind == "tflm-cmsis-nn":
        lines += ["      inPlace: []", "      im2colColumnCount: {value: 2, source: cmsis-nn-im2col}"]
    else:
        lines += ["      inPlace: []"]
    return lines


COMMON_SOURCES = {
    "tinyengine-readme": ("paper", "mit-han-lab/tinyengine README, 'Measured Results' (STM32H743, 480 MHz, 512 KB SRAM / 2 MB flash limits): latency, peak SRAM and flash of the MCUNet model zoo under TF-Lite Micro @713b6ed (reference kernels), CMSIS-NN @011bf32 and TinyEngine @0363956; mcunet-in2: 6463 / 642 / 280 ms, 460 / 469 / 215 kB, 1084 / 1102 / 830 kB", "https://github.com/mit-han-lab/tinyengine"),
    "esp-nn-readme": ("paper", "espressif/esp-nn README, 'Kernelwise performance for s8 versions' on ESP32-S3 at 240 MHz (ticks for ANSI C and optimised kernels): pointwise 10x10 64->64, 3x3 conv 10x10x3->64, depthwise 3x3 18x18x16, fully connected 265x3, elementwise add/mul of 1615 bytes, avg pool 16x16x16 3x3, relu6 of 1615 bytes", "https://github.com/espressif/esp-nn"),
    "tflite-schema": ("datasheet", "TensorFlow Lite flatbuffer schema (tensorflow/lite/schema/schema.fbs): QuantizationParameters holds per-channel scale (float32, 4 B) and zero_point (int64, 8 B), so 12 B per output channel; a Tensor table (shape vector, type, buffer index, name, quantisation offsets) takes about 64 B with its vtable and shape", "https://github.com/tensorflow/tensorflow/blob/master/tensorflow/lite/schema/schema.fbs"),
    "tflm-eval-tensor": ("datasheet", "TensorFlow Lite Micro, tensorflow/lite/c/common.h: TfLiteEvalTensor (data pointer, dims pointer, type) is 12 B on a 32-bit core and is allocated in the arena for every tensor of the model", "https://github.com/tensorflow/tflite-micro"),
    "tflm-cmsis-conv": ("datasheet", "TensorFlow Lite Micro, kernels/cmsis_nn/conv.cc and depthwise_conv.cc: OpData keeps per_channel_output_multiplier and per_channel_output_shift (int32 each, 8 B per output channel) allocated persistently in the arena", "https://github.com/tensorflow/tflite-micro"),
    "tflm-allocator": ("datasheet", "TensorFlow Lite Micro, micro_allocator.cc: kBufferAlignment = 16 (tensor buffers aligned to 16 bytes)", "https://github.com/tensorflow/tflite-micro"),
    "cmsis-nn-im2col": ("datasheet", "CMSIS-NN arm_convolve_s8_get_buffer_size (DSP path): 2 · input channels · kernel height · kernel width · sizeof(int16) bytes of im2col scratch, i.e. two int16 columns", "https://github.com/ARM-software/CMSIS-NN"),
    "tinyengine-codegen": ("datasheet", "mit-han-lab/tinyengine code generator: per-channel requantisation as a float scale (4 B per output channel, beside the int32 bias) kept in flash with the weights (fp_requantize kernels); tensors are static offsets in one buffer, no per-tensor runtime structs", "https://github.com/mit-han-lab/tinyengine"),
    "tflm-paper-overhead": ("derived", "David et al., 'TensorFlow Lite Micro: Embedded Machine Learning for TinyML Systems', MLSys 2021, section 5 / Table 2: the interpreter's overhead is below 0.1 % of the visual wake words benchmark's ~19 M cycles on the SparkFun Edge; 0.1 % × 19 M cycles over its ~31 operators ≈ 600 cycles per layer (an upper bound, used for every runtime)", "https://proceedings.mlsys.org/paper/2021/hash/d2ddea18f00665ce8623e36bd4e3c7c5-Abstract.html"),
}


def derived_sources(core_factor_note):
    tables = m7_tables()
    scale = tables["cmsis-nn"][0]["pointwise"]
    te = tables["tinyengine"][0]["pointwise"]
    ref = tables["reference"][0]["pointwise"]
    fit = ("cycles of the published mcunet-in2 latency at 480 MHz, minus 600 cycles per kernel, the add and pool bytes at the "
           "per-byte costs, divided by mcunet-in2's MACs weighted by class (Coforge counts: conv 2.76 M, depthwise 21.22 M, "
           "pointwise 43.14 M, linear 0.16 M; HardwareProfiles/tools/mcu_profiles.py)")
    return {
        "m7-cmsis-nn-fit": ("derived", f"tinyengine-readme, CMSIS-NN column: {fit}; {RELATIVE_NOTE}: pointwise {scale:.3g} cycles/MAC; per byte: add 12 (three int32 requantisations per element in arm_elementwise_add_s8), pooling 3, activation 1, requantising copy 6 (instruction counts of the CMSIS-NN DSP loops){core_factor_note}", None),
        "m7-tinyengine-fit": ("derived", f"tinyengine-readme, TinyEngine column, the same fit: pointwise {te:.3g} cycles/MAC{core_factor_note}", None),
        "m7-reference-fit": ("derived", f"tinyengine-readme, TF-Lite Micro (reference kernels) column, the same fit with equal costs per MAC for every class (scalar loops: one load-multiply-accumulate per MAC): {ref:.3g} cycles/MAC; per-byte costs are the CMSIS-NN ones times esp-nn-readme's ANSI-C/optimised tick ratios of the same kernel (add 4.36, avg pool 3.37, relu6 9.87, mul 3.94){core_factor_note}", None),
    }


PARTS = [
    dict(id="stm32f746", name="STM32F746NG", part="STM32F746NG", core="Arm Cortex-M7", arch="Cortex-M7",
         description="Arm Cortex-M7 at 216 MHz with FPU, DSP instructions, 4 KB I- and D-caches; 320 KB SRAM (64 KB DTCM included), 1 MB flash (the STM32F746G-DISCO board of MCUNet / TinyEngine). Kernel figures: the Cortex-M7 fits on the STM32H743 (same core and libraries).",
         clock=(216e6, "ds10916"), sram=(327680, "ds10916"), arena=None, flash=(1048576, "ds10916"),
         wait=(8, "rm0385-wait-states"), line=(32, "cortex-m7-trm"), dsp=True, fpu=True,
         runtimes=["tflm-cmsis-nn", "tflm-reference", "tinyengine"],
         sources={
             "ds10916": ("datasheet", "STMicroelectronics DS10916, STM32F745xx STM32F746xx datasheet, features: Arm 32-bit Cortex-M7 CPU with FPU, L1 cache (4 KB data, 4 KB instruction), up to 216 MHz, DSP instructions; up to 1 MB flash; 320 KB SRAM including 64 KB data TCM RAM (plus 16 KB instruction TCM RAM and 4 KB backup SRAM, not counted here)", "https://www.st.com/resource/en/datasheet/stm32f746ng.pdf"),
             "rm0385-wait-states": ("datasheet", "STMicroelectronics RM0385 (STM32F75xxx and STM32F74xxx reference manual), section 3.3.2, table 5 'Number of wait states according to CPU clock (HCLK) frequency': 7 wait states for 210 MHz < HCLK ≤ 216 MHz at 2.7–3.6 V, so 8 cycles per flash read (the ART accelerator and caches hide most of them)", None),
         }),
    dict(id="stm32h743", name="STM32H743ZI", part="STM32H743ZI", core="Arm Cortex-M7", arch="Cortex-M7",
         description="Arm Cortex-M7 at 480 MHz with double-precision FPU, DSP instructions, 16 KB I- and D-caches; 1 MB RAM (128 KB DTCM and 864 KB user SRAM for data; the arena goes in the 512 KB AXI SRAM), 2 MB flash. The board of TinyEngine's measured results, on which the Cortex-M7 kernel figures are fitted.",
         clock=(480e6, "ds12110"), sram=(1015808, "ds12110"), arena=(524288, "ds12110"), flash=(2097152, "ds12110"),
         wait=(10, "rm0433-wait-states"), line=(32, "cortex-m7-trm"), dsp=True, fpu=True,
         runtimes=["tflm-cmsis-nn", "tflm-reference", "tinyengine"],
         sources={
             "ds12110": ("datasheet", "STMicroelectronics DS12110, STM32H742xI/G STM32H743xI/G datasheet, features: Arm Cortex-M7 up to 480 MHz with double-precision FPU, L1 cache (16 KB I, 16 KB D), DSP instructions; 2 MB flash; 1 MB RAM: 192 KB TCM (64 KB ITCM + 128 KB DTCM), 864 KB user SRAM (512 KB AXI SRAM, 288 KB SRAM1-3, 64 KB SRAM4), 4 KB backup SRAM; data SRAM counted here = 128 KB DTCM + 864 KB; largest block 512 KB AXI SRAM", "https://www.st.com/resource/en/datasheet/stm32h743zi.pdf"),
             "rm0433-wait-states": ("datasheet", "STMicroelectronics RM0433 (STM32H742/743/750/753 reference manual), table 17 'FLASH recommended number of wait states and programming delay': 4 wait states at AXI clock 240 MHz in VOS0; the core runs at twice the AXI clock (480 MHz), so (4 + 1) × 2 = 10 core cycles per flash read", None),
         }),
    dict(id="stm32l4r5", name="STM32L4R5ZI", part="STM32L4R5ZI", core="Arm Cortex-M4", arch="Cortex-M4",
         description="Arm Cortex-M4 at 120 MHz with FPU and DSP instructions, ART accelerator; 640 KB SRAM, 2 MB flash (the NUCLEO-L4R5ZI, MLPerf Tiny's reference board). Kernel figures: the Cortex-M7 fits scaled by CoreMark per MHz.",
         clock=(120e6, "ds12023"), sram=(655360, "ds12023"), arena=None, flash=(2097152, "ds12023"),
         wait=(6, "rm0432-wait-states"), line=(8, "rm0432-wait-states"), dsp=True, fpu=True,
         runtimes=["tflm-cmsis-nn", "tflm-reference"],
         sources={
             "ds12023": ("datasheet", "STMicroelectronics DS12023, STM32L4R5xx STM32L4R7xx STM32L4S5xx STM32L4S7xx datasheet, features: Arm Cortex-M4 with FPU, up to 120 MHz, DSP instructions, ART accelerator; 2 MB flash; 640 KB SRAM (192 KB SRAM1, 64 KB SRAM2, 384 KB SRAM3)", "https://www.st.com/resource/en/datasheet/stm32l4r5zi.pdf"),
             "rm0432-wait-states": ("datasheet", "STMicroelectronics RM0432 (STM32L4+ reference manual), section 3.3.3, table 'Number of wait states according to CPU clock (HCLK) frequency': 5 wait states for 100 MHz < HCLK ≤ 120 MHz in Range 1 boost mode, so 6 cycles per read of a 64-bit (8-byte) flash double word", None),
         }),
    dict(id="stm32u575", name="STM32U575ZI", part="STM32U575ZI", core="Arm Cortex-M33", arch="Cortex-M33",
         description="Arm Cortex-M33 at 160 MHz with FPU, DSP instructions and TrustZone, 8 KB instruction cache; 786 KB SRAM (784 KB for data), 2 MB flash. Kernel figures: the Cortex-M7 fits scaled by CoreMark per MHz.",
         clock=(160e6, "ds13737"), sram=(802816, "ds13737"), arena=None, flash=(2097152, "ds13737"),
         wait=(5, "rm0456-wait-states"), line=(16, "rm0456-wait-states"), dsp=True, fpu=True,
         runtimes=["tflm-cmsis-nn", "tflm-reference"],
         sources={
             "ds13737": ("datasheet", "STMicroelectronics DS13737, STM32U575xx datasheet, features: Arm Cortex-M33 with TrustZone, FPU and DSP instructions, up to 160 MHz, ICACHE 8 KB; 2 MB flash; 786 KB SRAM (SRAM1 192 KB, SRAM2 64 KB, SRAM3 512 KB, SRAM4 16 KB = 784 KB for data, plus 2 KB backup SRAM)", "https://www.st.com/resource/en/datasheet/stm32u575zi.pdf"),
             "rm0456-wait-states": ("datasheet", "STMicroelectronics RM0456 (STM32U5 reference manual), section 7.3.3, table 'Number of wait states according to CPU clock (HCLK) frequency': 4 wait states for HCLK ≤ 160 MHz in voltage range 1, so 5 cycles per read of a 128-bit (16-byte) flash quad word", None),
         }),
    dict(id="nrf52840", name="nRF52840", part="nRF52840", core="Arm Cortex-M4", arch="Cortex-M4",
         description="Arm Cortex-M4 at 64 MHz with FPU and DSP instructions; 256 KB RAM, 1 MB flash (Nordic Semiconductor; Arduino Nano 33 BLE). Kernel figures: the Cortex-M7 fits scaled by CoreMark per MHz.",
         clock=(64e6, "nrf52840-ps"), sram=(262144, "nrf52840-ps"), arena=None, flash=(1048576, "nrf52840-ps"),
         wait=None, line=None, dsp=True, fpu=True,
         runtimes=["tflm-cmsis-nn", "tflm-reference"],
         sources={
             "nrf52840-ps": ("datasheet", "Nordic Semiconductor nRF52840 Product Specification v1.7, section 1 'Key features': 64 MHz Arm Cortex-M4 with FPU (DSP instructions), 1 MB flash, 256 KB RAM", "https://infocenter.nordicsemi.com/pdf/nRF52840_PS_v1.7.pdf"),
         }),
    dict(id="esp32s3", name="ESP32-S3FN8", part="ESP32-S3FN8", core="Xtensa LX7", arch="esp32s3",
         description="Espressif ESP32-S3 (one Xtensa LX7 core of two at 240 MHz running inference, with the PIE 128-bit SIMD that ESP-NN uses); 512 KB SRAM, 8 MB in-package flash (ESP32-S3FN8). Kernel figures: ESP-NN's published ESP32-S3 kernel ticks.",
         clock=(240e6, "esp32s3-ds"), sram=(524288, "esp32s3-ds"), arena=None, flash=(8388608, "esp32s3-ds"),
         wait=None, line=None, dsp=False, fpu=True,
         runtimes=["tflm-esp-nn", "tflm-reference"],
         sources={
             "esp32s3-ds": ("datasheet", "Espressif ESP32-S3 Series datasheet, section 'Product overview' and 'Memory': Xtensa dual-core 32-bit LX7 up to 240 MHz with single-precision FPU and 128-bit SIMD; 512 KB SRAM, 384 KB ROM; ESP32-S3FN8 with 8 MB in-package flash; CoreMark single core 613.86 at 240 MHz (2.56 CoreMark/MHz)", "https://www.espressif.com/sites/default/files/documentation/esp32-s3_datasheet_en.pdf"),
         }),
    dict(id="esp32c3", name="ESP32-C3FH4", part="ESP32-C3FH4", core="RISC-V RV32IMC", arch="esp32c3",
         description="Espressif ESP32-C3 (single-core 32-bit RISC-V RV32IMC at 160 MHz, no SIMD, no FPU); 400 KB SRAM, 4 MB in-package flash (ESP32-C3FH4). Kernel figures: ESP-NN's ESP32-S3 ANSI-C ticks scaled by CoreMark per MHz.",
         clock=(160e6, "esp32c3-ds"), sram=(409600, "esp32c3-ds"), arena=None, flash=(4194304, "esp32c3-ds"),
         wait=None, line=None, dsp=False, fpu=False,
         runtimes=["tflm-reference"],
         sources={
             "esp32c3-ds": ("datasheet", "Espressif ESP32-C3 Series datasheet, section 'Product overview': 32-bit RISC-V single-core (RV32IMC) up to 160 MHz; 400 KB SRAM (16 KB used as cache), 384 KB ROM; ESP32-C3FH4 with 4 MB in-package flash; CoreMark 407.22 at 160 MHz (2.55 CoreMark/MHz)", "https://www.espressif.com/sites/default/files/documentation/esp32-c3_datasheet_en.pdf"),
         }),
]

# Typical supply current in a run mode at the profile's core clock and the typical supply voltage,
# from the part's datasheet (mA, V); active power = current × voltage, a `derived` source citing both.
# Idle is the same table's current with the core(s) halted at the same clock (WAITI / CPU idle): what
# the part draws between inferences when it is not put into a deeper sleep. An entry with
# `proxy=True` holds a sibling part's figures standing in for the part's own, which were not in the
# searchable sources: its sources are of kind `proxy`, and cost models flag the energy as such.
# Parts absent here and in MEASURED_POWER have no power figure (HardwareProfiles/README.md).
FLASH_INCLUDED = "chip supply only (no board regulator); the code runs from the internal flash, so its reads are included"
POWER = {
    "esp32s3": dict(
        source="esp32s3-power", volts=3.3,
        active=(72.4, "240 MHz, single core running 128-bit data access instructions (the PIE SIMD loads and stores ESP-NN's kernels use), the other core in idle state, all peripheral clocks disabled"),
        idle=(32.9, "240 MHz, WAITI (dual core in idle state), all peripheral clocks disabled"),
        citation="Espressif ESP32-S3 Series Datasheet v2.2, section 5.6 'Current Consumption' (measurements taken with a 3.3 V supply at 25 °C ambient) and Table 5-9 'Current Consumption in Modem-sleep Mode' (Wi-Fi clock gated; typical mA with all peripheral clocks disabled / enabled), 240 MHz rows: WAITI (dual core in idle state) 32.9 / 47.6; single core running 32-bit data access instructions, the other core in idle state 51.2 / 65.9; single core running 128-bit data access instructions, the other core in idle state 72.4 / 87.9; dual core running 128-bit data access instructions 91.7 / 107.9. Footnote 3: flash access adds current (10 mA for an 80 Mbit/s flash in SPI 2-line mode)",
        url="https://www.espressif.com/sites/default/files/documentation/esp32-s3_datasheet_en.pdf"),
    "stm32h743": dict(
        source="stm32h743-power", volts=3.3, scope=FLASH_INCLUDED,
        active=(110.0, "VOS0, 480 MHz, code with data processing running from flash memory, cache ON, LDO regulator ON, all peripherals disabled, CoreMark"),
        idle=(50.7, "Sleep mode, VOS0, 480 MHz, LDO regulator, all peripherals disabled"),
        citation="ST DS12110 Rev 10 (STM32H742xI/G STM32H743xI/G, March 2023), section 7 'Electrical characteristics (rev V)', 7.3.6 'Supply current characteristics' (run-mode figures measured with CoreMark, all I/O pins in analog input mode, all peripherals disabled unless stated, minimum flash wait states; typical values at Tj = 25 °C, VDD = 3.3 V per 7.1.2): Table 130 (code with data processing running from flash memory, cache ON, LDO regulator ON) VOS0 480 MHz typ 110 mA with all peripherals disabled, 220 mA enabled; Table 129 (from ITCM, data in DTCM) 148 / 226 mA; Table 131 (flash, cache OFF) 87 / 168 mA; Table 134 (Sleep mode, LDO regulator) VOS0 480 MHz 50.7 mA peripherals disabled, 136.0 mA enabled; Table 133 (Stop, LDO regulator ON, D1/D2/D3 Stop, flash OFF, no IWDG) 1.27 mA at SVOS5. The profile takes the flash + cache case because the runtimes run their code from flash",
        url="https://www.st.com/resource/en/datasheet/stm32h743zi.pdf"),
    "nrf52840": dict(
        source="nrf52840-power", volts=3.0, scope=FLASH_INCLUDED,
        active=(3.3, "ICPU0: CPU running CoreMark at 64 MHz from flash, cache enabled, clock HFXO, regulator DC/DC"),
        idle=(0.00316, "ION_RAMON_RTC: System ON, CPU halted (WFI/WFE), full 256 KB RAM retained, wake on RTC"),
        citation="Nordic Semiconductor nRF52840 Product Specification v1.11, 'Current consumption' > 'Electrical specification': table 'CPU running', ICPU0 (CoreMark at 64 MHz from flash, HFXO, DC/DC) 3.3 mA typical, ICPU1 (the same with the LDO regulator) 6.3 mA; table 'Sleep', ION_RAMON_RTC (System ON, full 256 KB RAM retention, wake on RTC) 3.16 µA; common conditions of every scenario: 3 V on VDD, 25 °C, cache enabled when running from flash. The CoreMark workload stands in for the int8 kernels; the DC/DC figure assumes the inductor the nRF52840 DK populates. The table page itself is not in the searchable sources: the figures are as quoted, with their symbols and conditions, by independent public notes citing v1.11 (3.3 mA ICPU0 and 6.3 mA with the LDO; 3.16 µA ION_RAMON_RTC; 52 µA/MHz, i.e. 3.3 mA at 64 MHz)",
        url="https://docs.nordicsemi.com/r/bundle/ps_nrf52840/page/_tmp/nrf52840/autodita/current/parameters.frontpage.html"),
    "stm32f746": dict(
        source="stm32f746-power-proxy", volts=3.3, scope=FLASH_INCLUDED, proxy=True,
        active=(90.0, "STM32F722 figure standing in for the STM32F746's: 216 MHz, over-drive ON, code with data processing running from flash memory, ART ON except prefetch, L1-cache ON, regulator ON, all peripherals disabled, CoreMark-equivalent code"),
        idle=(24.0, "STM32F722 figure standing in for the STM32F746's: Sleep mode at 216 MHz, regulator ON, all peripherals disabled"),
        citation="Proxy: the STM32F746's own run-mode table (DS10916 section 6.3.6) is not in the searchable sources, so the figures of its sibling STM32F722/F723 stand in, from ST DS11853 'STM32F722xx STM32F723xx' (DocID029808 Rev 3, June 2017), section 5.3.7 'Supply current characteristics' (run-mode figures measured with a reduced code equivalent to CoreMark, all I/O pins in input mode with no load, all peripherals disabled unless stated, flash wait states per fHCLK and VDD, Scale 1 with over-drive ON at 216 MHz, 25 MHz external clock with the PLL; typical at TA = 25 °C, VDD = 3.3 V per 5.1.2): Table 26 (code with data processing running from flash memory, ART ON except prefetch / L1-cache ON, or SRAM on AXI with L1-cache ON, regulator ON) 216 MHz typ 90 mA with all peripherals disabled, 155.3 mA enabled; Table 25 (from ITCM RAM) 99 / 156 mA; Table 30 (Sleep mode, regulator ON) 216 MHz 24 mA peripherals disabled, 82 mA enabled. Comparable: the same Cortex-M7 core, maximum clock, ART accelerator and L1-cache path from flash, regulator with over-drive at 216 MHz and the same test conditions and table layout. Different: another die of the F7 line (F722: 256 KB SRAM, 512 KB flash, 8 KB + 8 KB L1 caches; F746: 320 KB, 1 MB, 4 KB + 4 KB), so leakage and flash read current differ by an amount no searchable source states; replace with DS10916's Table 'Typical and maximum current consumption in Run mode, code with data processing running from Flash memory (ART ON except prefetch / L1-cache ON)…' 216 MHz row when it can be read",
        url="https://www.st.com/resource/en/datasheet/stm32f722ie.pdf"),
    "esp32c3": dict(
        source="esp32c3-power", volts=3.3,
        active=(23.0, "160 MHz, CPU is running, all peripheral clocks disabled"),
        idle=(16.0, "160 MHz, CPU is idle, all peripheral clocks disabled"),
        citation="Espressif ESP32-C3 Series Datasheet v2.4, Table 5-2 'Recommended Operating Conditions' (VDDA, VDD3P3, VDD3P3_RTC, VDD3P3_CPU typical 3.3 V), section 5.6 (measurements with a 3.3 V supply at 25 °C) and Table 5-8 'Current Consumption in Modem-sleep Mode' (Wi-Fi clock gated; typical mA with all peripheral clocks disabled / enabled): 160 MHz, CPU is running 23 / 28; CPU is idle 16 / 21; 80 MHz 17 / 22 and 13 / 18. Footnote 3: flash access adds current (10 mA for an 80 Mbit/s flash in SPI 2-line mode)",
        url="https://www.espressif.com/sites/default/files/documentation/esp32-c3_datasheet_en.pdf"),
}


# Published measurements of the chip supply while the part runs neural-network inference back to back
# at the profile's clock, where no run-mode table of the datasheet was found: MLPerf Tiny energy-mode
# results (EEMBC EnergyRunner, an ST LPM01A energy monitor as the only supply of the device under
# test, 1.8 V; the reference hookup feeds the MCU through the Nucleo-144 IDD jumper). The figure is the power of the window with the median energy per inference of the
# visual wake words benchmark (a MobileNetV1 like the networks priced here). No idle figure is
# published, so none is given.
MEASURED_POWER = {
    "stm32l4r5": dict(
        source="stm32l4r5-mlperf-tiny-energy", watts=40319.483e-6, date="2021-05-17",
        condition="STM32L4R5ZIT6 at 120 MHz, 1.8 V, TensorFlow Lite for Microcontrollers v2.3.1 on mbed-os bare-metal, visual wake words (vww01), 100 inferences back to back, window 6 of 10 (median energy 24312.648 uJ per inference at 1.658 inferences/s)",
        citation="MLPerf Tiny v0.5, closed division, reference submission (Digital Catapult / STMicroelectronics), Nucleo-L4R5ZI: closed/reference/systems/Nucleo_L4R5ZI_System_Description.json (STM32L4R5ZIT6, 120 MHz, 'Operating at 1.8V', TFLM v2.3.1) and closed/reference/results/Nucleo-L4R5ZI/vww/energy/results.txt: five 60.30 s windows of 100 inferences, power 40312.138 / 40320.451 / 40319.483 / 40319.138 / 40324.252 uW, median energy 24312.648 uJ/inf. (window 6, 40319.483 uW); image classification 41.475 mW and keyword spotting 40.836 mW in the same submission; log.txt: emon lpm01a, m-voltage-mv[1800]. Energy-mode hookup (closed/reference/systems/energy_hookup.md): the LPM01A supplies only the DUT through the IDD jumper, so this is the MCU supply, not the board",
        url="https://github.com/mlcommons/tiny_results_v0.5/tree/main/closed/reference",
        command="EEMBC EnergyRunner 3.0.6, benchmark 'ML Energy 1.0.1' (ulp-ml), model vww01, iterInfer 100, five inputs (io dut infer 100 1), energy monitor ST LPM01A at 1800 mV (session 20210517111005)"),
    "stm32u575": dict(
        source="stm32u575-mlperf-tiny-energy", watts=25317.814e-6, date="2022-09-28",
        condition="STM32U575ZIT6Q at 160 MHz, 1.8 V with the internal SMPS, X-CUBE-AI v7.3.0, visual wake words (vww01), 90 inferences back to back, window 2 of 10 (median energy 3364.456 uJ per inference at 7.525 inferences/s)",
        citation="MLPerf Tiny v1.0, closed division, STMicroelectronics submission, NUCLEO-U575ZI-Q: closed/STMicroelectronics/systems/NUCLEO-U575ZI-Q/NUCLEO-U575ZI-Q_system_description.json (STM32U575ZIT6Q, 160 MHz, 'Operating at 1.8V / SMPS', X-CUBE-AI v7.3.0) and closed/STMicroelectronics/results/NUCLEO-U575ZI-Q/vww/energy/results.txt: five 11.96 s windows of 90 inferences, power 25317.814 / 25302.126 / 25327.308 / 25325.915 / 25292.629 uW, median energy 3364.456 uJ/inf. (window 2, 25317.814 uW); image classification 26.220 mW and keyword spotting 25.837 mW in the same submission; log.txt: emon lpm01a, m-voltage-mv[1800]. MLPerf Tiny energy mode lets only the energy monitor supply the device under test; the submission does not say which board parts that supply feeds beyond the MCU",
        url="https://github.com/mlcommons/tiny_results_v1.0/tree/main/closed/STMicroelectronics",
        command="EEMBC EnergyRunner 3.0.10, benchmark 'ML Energy 1.0.1' (ulp-ml), model vww01, iterInfer 90, five inputs (io dut infer 90 1), energy monitor ST LPM01A at 1800 mV (session 20220928181457)"),
}


def measured_power_yaml(part_id, sources):
    entry = MEASURED_POWER[part_id]
    sources[entry["source"]] = ("measurement", f"{entry['citation']}. Condition: {entry['condition']}; no idle figure published", entry["url"], entry["date"], entry["command"])
    return ["power:", f"  activePowerWatts: {q(entry['watts'], entry['source'])}"]


def power_yaml(part_id, sources):
    if part_id in MEASURED_POWER:
        return measured_power_yaml(part_id, sources)
    entry = POWER.get(part_id)
    if entry is None:
        return []
    lines = ["power:"]
    kind = "proxy" if entry.get("proxy") else "datasheet"
    sources[entry["source"]] = (kind, entry["citation"], entry["url"])
    for key, field in (("active", "activePowerWatts"), ("idle", "idlePowerWatts")):
        milliamps, condition = entry[key]
        watts = milliamps * 1e-3 * entry["volts"]
        name = f"{part_id}-{key}-power"
        lines.append(f"  {field}: {q(watts, name)}")
        sources[name] = ("proxy" if entry.get("proxy") else "derived", f"{entry['source']}: {milliamps:g} mA ({condition}) × {entry['volts']:g} V typical supply = {watts:.4g} W, {entry.get('scope', 'chip supply only (no board regulator, no flash access current)')}", None)
    return lines


RUNTIME_TEXT = {
    "tflm-cmsis-nn": ("TensorFlow Lite Micro with CMSIS-NN int8 kernels (DSP extension), greedy memory planner, no in-place execution", "cmsis-nn", "tflm-cmsis-nn"),
    "tflm-reference": ("TensorFlow Lite Micro with its plain C reference kernels", "reference", "tflm-reference"),
    "tinyengine": ("MIT TinyEngine (generated code, in-place depthwise, fused requantisation)", "tinyengine", "tinyengine"),
    "tflm-esp-nn": ("TensorFlow Lite Micro (esp-tflite-micro) with ESP-NN optimised kernels", "esp-nn", "tflm-cmsis-nn"),
}


def kernel_libraries(part):
    arch = part["arch"]
    if arch.startswith("Cortex"):
        factor = COREMARK_PER_MHZ["Cortex-M7"] / COREMARK_PER_MHZ[arch]
        tables = scaled(m7_tables(), factor)
        note = "" if factor == 1 else f"; scaled to the {arch} by Cortex-M7 / {arch} CoreMark per MHz = 5.01 / {COREMARK_PER_MHZ[arch]} = {factor:.3f} (arm-coremark)"
        src = {"cmsis-nn": "m7-cmsis-nn-fit", "tinyengine": "m7-tinyengine-fit", "reference": "m7-reference-fit"}
        return tables, src, note, factor
    factor = 1.0 if arch == "esp32s3" else 2.56 / 2.55
    tables = esp_tables(factor)
    return tables, {"esp-nn": "esp-nn-fit", "reference": "esp-reference-fit"}, "", factor


def write(part, directory):
    tables, src, note, factor = kernel_libraries(part)
    used = {RUNTIME_TEXT[r][1] for r in part["runtimes"]}
    lines = ["# Coforge hardware profile; every key is documented in HardwareProfiles/README.md.",
             "# Written by HardwareProfiles/tools/mcu_profiles.py (the derivations of every `derived` source).",
             "schemaVersion: 1", "kind: mcu", f"name: {part['name']}", "description: \"" + part['description'] + "\"",
             "clocks:", f"  coreClockHz: {c(*part['clock'])}", "memory:", "  levels:", "  - name: SRAM",
             f"    sizeBytes: {c(*part['sram'])}", "  - name: flash", f"    sizeBytes: {c(*part['flash'])}"]
    sources = dict(part["sources"])
    lines += power_yaml(part["id"], sources)
    lines += ["mcu:", f"  partNumber: {part['part']}", f"  core: {part['core']}", f"  sramBytes: {c(*part['sram'])}"]
    if part["arena"]: lines.append(f"  arenaSRAMBytes: {c(*part['arena'])}")
    lines.append(f"  flashBytes: {c(*part['flash'])}")
    if part["wait"]: lines.append(f"  flashReadCycles: {c(*part['wait'])}")
    if part["line"]: lines.append(f"  flashLineBytes: {c(*part['line'])}")
    lines += [f"  hasDSPExtension: {'true' if part['dsp'] else 'false'}", f"  hasFPU: {'true' if part['fpu'] else 'false'}",
              f"  defaultRuntime: {part['runtimes'][0]}", "  runtimes:"]
    for r in part["runtimes"]:
        text, library, kind = RUNTIME_TEXT[r]
        lines += runtime_yaml(r, text, library, kind)
    lines.append("  kernelLibraries:")
    for lib in sorted(used):
        macs, byts = tables[lib]
        lines += kernel_yaml(lib, macs, byts, src[lib], "tflm-paper-overhead", LAYER_OVERHEAD * factor)
    kinds = {RUNTIME_TEXT[r][2] for r in part["runtimes"]}
    for key in ("tflite-schema", "tflm-eval-tensor", "tflm-cmsis-conv", "tflm-allocator", "cmsis-nn-im2col", "tflm-paper-overhead", "tinyengine-readme"):
        sources[key] = COMMON_SOURCES[key]
    if "tinyengine" in kinds: sources["tinyengine-codegen"] = COMMON_SOURCES["tinyengine-codegen"]
    for kind in kinds:
        code, sram = residuals(kind)
        f, s_ = IN2_H743_PUBLISHED[kind]
        mf, ms = IN2_H743_MODEL[kind]
        sources[f"in2-h743-{kind}-memory"] = ("derived", f"tinyengine-readme: mcunet-in2 under {kind} on the STM32H743 takes {f} kB flash and {s_} kB SRAM (1 kB = 1024 B); Coforge's model of the same runtime counts {mf} B of weights, biases, quantisation data and tensor records and {ms} B of arena and runtime data, leaving {code} B of runtime code and {sram} B of runtime SRAM (interpreter, stack); taken as the same on every part running this runtime", None)
    if part["arch"].startswith("Cortex"):
        sources.update(derived_sources(note))
        if note: sources["arm-coremark"] = ("datasheet", "Arm processor product pages, 'Performance': Cortex-M7 5.01 CoreMark/MHz, Cortex-M4 3.42 CoreMark/MHz, Cortex-M33 4.02 CoreMark/MHz", "https://developer.arm.com/Processors/Cortex-M7")
        if part["line"] and part["line"][1] == "cortex-m7-trm":
            sources["cortex-m7-trm"] = ("datasheet", "Arm Cortex-M7 Processor Technical Reference Manual, section 'L1 caches': cache line length 32 bytes", "https://developer.arm.com/documentation/ddi0489")
    else:
        sources["esp-nn-readme"] = COMMON_SOURCES["esp-nn-readme"]
        scale = "" if factor == 1 else f", scaled to the ESP32-C3 by ESP32-S3 / ESP32-C3 CoreMark per MHz = 2.56 / 2.55 (esp32c3-ds, esp32s3-ds)"
        if factor != 1: sources["esp32s3-ds"] = ("datasheet", "Espressif ESP32-S3 Series datasheet, section 'Product overview': CoreMark single core 613.86 at 240 MHz (2.56 CoreMark/MHz)", "https://www.espressif.com/sites/default/files/documentation/esp32-s3_datasheet_en.pdf")
        sources["esp-nn-fit"] = ("derived", "esp-nn-readme, optimised ticks divided by each case's MACs or bytes: pointwise 461398 / 409600, conv 643689 / 110592 (3 input channels: the least favourable case), depthwise 191931 / 36864, fully connected 4439 / 795, add 71644 / 1615 B, avg pool 160580 / 4096 input B, relu6 1856 / 1615 B, requantising copy = elementwise mul 30950 / 1615 B", None)
        sources["esp-reference-fit"] = ("derived", f"esp-nn-readme, ANSI C ticks divided by the same MACs or bytes (pointwise 4642259 / 409600, conv 2106801 / 110592, depthwise 1192832 / 36864, fully connected 12290 / 795, add 312327 / 1615, avg pool 541462 / 4096, relu6 18315 / 1615, mul 122046 / 1615){scale}", None)
    lines.append("sources:")
    for key in sorted(sources):
        kind, citation, url, *measured = sources[key]
        lines += [f"  {key}:", f"    kind: {kind}", "    citation: \"" + citation.replace('"', "'") + "\""]
        if url: lines.append(f"    url: {url}")
        if measured: lines += [f"    date: {measured[0]}", "    command: \"" + measured[1].replace('"', "'") + "\""]
    with open(os.path.join(directory, part["id"] + ".yaml"), "w") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    for part in PARTS:
        write(part, here)
        print("wrote", part["id"])
