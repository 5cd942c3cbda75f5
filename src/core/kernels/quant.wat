;; QuantScope's WebAssembly SIMD128 kernels. Source of quantWasm.generated.ts: after editing, run
;; `npx tsx scripts/build-kernels.ts` (src/core/kernels/kernels.test.ts fails when the two differ).
;;
;; Conventions: pointers are byte addresses in the imported memory; n counts float32 values and is a
;; multiple of 8 (the caller pads with NaN, which every kernel skips or counts apart). The caller
;; (kernel.ts) owns the memory layout and passes every address in. Each kernel ADDS into accumulators kept
;; in memory at $acc, so a long input can be fed in chunks.
;;
;; Shape of each kernel: a fast loop takes 8 values per turn while all are finite (histogram: within
;; [lo, hi]), keeping its accumulators in registers and writing them back when it stops; a group of 8 that
;; does not qualify goes, 4 at a time, through a masked slow function that updates the accumulators in
;; memory; then the fast loop resumes. V8 gives wasm 16 vector registers: the fast loops fit in them.
(module
  (import "env" "memory" (memory 1))

  ;; ---- quantization error ----
  ;; Per finite x: r = nearest-even(fl32(x·inv)), rc = clamp(r, lo, hi), x̂ = fl32(rc·scale),
  ;; e = f64(x̂) − f64(x); lo, hi are whole numbers with |lo|, |hi| < 2^22. Counts each code: lane j adds
  ;; 1 to the u32 counts[j][rc − lo] of its own table (at $counts + j·$stride), so runs of equal codes do
  ;; not wait on each other; rc + (1.5·2^23 − lo) is exact in [2^23, 2^24), so its bits are
  ;; 0x4B400000 + rc − lo, and 4·bits + (table j − 4·0x4B400000) is the slot's address.
  ;; acc (224 bytes): +0 Σe² f64x2, +16 Σx² f64x2, +32 max |e| f64x2, +48 clipped i32x4 (unclamped r
  ;; outside [lo, hi]), +64 non-finite i32x4; +128 … +207 scratch for the fast loop's constants; +208 the
  ;; four tables' biased bases i32x4 (set by quantError).

  ;; One group of 4 values at $p; NaN/±Inf among them are counted and otherwise skipped.
  (func $quantSlow (param $p i32) (param $acc i32) (param $dummy i32)
    (param $inv f32) (param $scale f32) (param $lo f32) (param $hi f32)
    (local $v v128) (local $fin v128) (local $r v128) (local $rc v128) (local $a v128)
    (local $x v128) (local $xa v128) (local $xb v128) (local $ea v128) (local $eb v128)
    (local.set $v (v128.load (local.get $p)))
    (local.set $fin (f32x4.eq (f32x4.sub (local.get $v) (local.get $v)) (v128.const i32x4 0 0 0 0)))
    (v128.store offset=64 (local.get $acc)
      (i32x4.sub (v128.load offset=64 (local.get $acc)) (v128.not (local.get $fin))))
    (local.set $r (f32x4.nearest (f32x4.mul (local.get $v) (f32x4.splat (local.get $inv)))))
    (local.set $rc (f32x4.pmin (f32x4.pmax (local.get $r) (f32x4.splat (local.get $lo))) (f32x4.splat (local.get $hi))))
    (v128.store offset=48 (local.get $acc) (i32x4.sub (v128.load offset=48 (local.get $acc))
      (v128.and (f32x4.ne (local.get $r) (local.get $rc)) (local.get $fin))))
    ;; count addresses; a non-finite lane counts into $dummy instead
    (local.set $a (v128.bitselect
      (i32x4.add
        (i32x4.shl (f32x4.add (local.get $rc) (f32x4.splat (f32.sub (f32.const 12582912) (local.get $lo)))) (i32.const 2))
        (v128.load offset=208 (local.get $acc)))
      (i32x4.splat (local.get $dummy))
      (local.get $fin)))
    (call $scatter (local.get $a))
    ;; x̂ and x with non-finite lanes zeroed (e = 0 there), widened to f64
    (local.set $a (v128.and (f32x4.mul (local.get $rc) (f32x4.splat (local.get $scale))) (local.get $fin)))
    (local.set $x (v128.and (local.get $v) (local.get $fin)))
    (local.set $xa (f64x2.promote_low_f32x4 (local.get $x)))
    (local.set $xb (f64x2.promote_low_f32x4
      (i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15 (local.get $x) (local.get $x))))
    (local.set $ea (f64x2.sub (f64x2.promote_low_f32x4 (local.get $a)) (local.get $xa)))
    (local.set $eb (f64x2.sub (f64x2.promote_low_f32x4
      (i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15 (local.get $a) (local.get $a)))
      (local.get $xb)))
    (v128.store offset=0 (local.get $acc) (f64x2.add (v128.load offset=0 (local.get $acc))
      (f64x2.add (f64x2.mul (local.get $ea) (local.get $ea)) (f64x2.mul (local.get $eb) (local.get $eb)))))
    (v128.store offset=16 (local.get $acc) (f64x2.add (v128.load offset=16 (local.get $acc))
      (f64x2.add (f64x2.mul (local.get $xa) (local.get $xa)) (f64x2.mul (local.get $xb) (local.get $xb)))))
    (v128.store offset=32 (local.get $acc) (f64x2.pmax (v128.load offset=32 (local.get $acc))
      (f64x2.pmax (f64x2.abs (local.get $ea)) (f64x2.abs (local.get $eb))))))

  ;; The fast loop from $ptr (< $end); returns where it stopped: $end, or a group of 8 holding a NaN/±Inf.
  ;; The body is written out twice (value groups $v and $w) on purpose. Its
  ;; splatted constants live in memory at $acc + 128 and are re-read where used: V8 otherwise spills them
  ;; and re-splats them on every turn, which costs more than these loads (~12 % in Node 20).
  (func $quantFast (param $ptr i32) (param $end i32) (param $acc i32)
    (param $inv f32) (param $scale f32) (param $lo f32) (param $hi f32) (result i32)
    (local $v v128) (local $w v128) (local $r v128) (local $rc v128) (local $a v128) (local $q i32)
    (local $xa v128) (local $xb v128) (local $ea v128) (local $eb v128)
    (local $se v128) (local $sx v128) (local $emax v128) (local $clip v128)
    ;; +128 inv, +144 scale, +160 lo, +176 hi, +192 1.5·2^23 − lo, each splatted to 4 lanes
    (v128.store offset=128 (local.get $acc) (f32x4.splat (local.get $inv)))
    (v128.store offset=144 (local.get $acc) (f32x4.splat (local.get $scale)))
    (v128.store offset=160 (local.get $acc) (f32x4.splat (local.get $lo)))
    (v128.store offset=176 (local.get $acc) (f32x4.splat (local.get $hi)))
    (v128.store offset=192 (local.get $acc) (f32x4.splat (f32.sub (f32.const 12582912) (local.get $lo))))
    (local.set $se (v128.load offset=0 (local.get $acc)))
    (local.set $sx (v128.load offset=16 (local.get $acc)))
    (local.set $emax (v128.load offset=32 (local.get $acc)))
    (local.set $clip (v128.load offset=48 (local.get $acc)))
    (block $stop
      (loop $next
        (local.set $v (v128.load offset=0 (local.get $ptr)))
        (local.set $w (v128.load offset=16 (local.get $ptr)))
        ;; x − x is NaN exactly where x is NaN or ±Inf
        (local.set $a (f32x4.add (f32x4.sub (local.get $v) (local.get $v)) (f32x4.sub (local.get $w) (local.get $w))))
        (br_if $stop (v128.any_true (f32x4.ne (local.get $a) (local.get $a))))
        ;; values $v
        (local.set $r (f32x4.nearest (f32x4.mul (local.get $v) (v128.load offset=128 (local.get $acc)))))
        (local.set $rc (f32x4.pmin
          (f32x4.pmax (local.get $r) (v128.load offset=160 (local.get $acc))) (v128.load offset=176 (local.get $acc))))
        (local.set $clip (i32x4.sub (local.get $clip) (f32x4.ne (local.get $r) (local.get $rc))))
        (local.set $a (i32x4.add (i32x4.shl (f32x4.add (local.get $rc) (v128.load offset=192 (local.get $acc))) (i32.const 2))
          (v128.load offset=208 (local.get $acc))))
        (local.set $q (i32x4.extract_lane 0 (local.get $a)))
        (i32.store (local.get $q) (i32.add (i32.load (local.get $q)) (i32.const 1)))
        (local.set $q (i32x4.extract_lane 1 (local.get $a)))
        (i32.store (local.get $q) (i32.add (i32.load (local.get $q)) (i32.const 1)))
        (local.set $q (i32x4.extract_lane 2 (local.get $a)))
        (i32.store (local.get $q) (i32.add (i32.load (local.get $q)) (i32.const 1)))
        (local.set $q (i32x4.extract_lane 3 (local.get $a)))
        (i32.store (local.get $q) (i32.add (i32.load (local.get $q)) (i32.const 1)))
        (local.set $a (f32x4.mul (local.get $rc) (v128.load offset=144 (local.get $acc))))
        (local.set $xa (f64x2.promote_low_f32x4 (local.get $v)))
        (local.set $xb (f64x2.promote_low_f32x4
          (i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15 (local.get $v) (local.get $v))))
        (local.set $ea (f64x2.sub (f64x2.promote_low_f32x4 (local.get $a)) (local.get $xa)))
        (local.set $eb (f64x2.sub (f64x2.promote_low_f32x4
          (i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15 (local.get $a) (local.get $a)))
          (local.get $xb)))
        (local.set $se (f64x2.add (local.get $se)
          (f64x2.add (f64x2.mul (local.get $ea) (local.get $ea)) (f64x2.mul (local.get $eb) (local.get $eb)))))
        (local.set $sx (f64x2.add (local.get $sx)
          (f64x2.add (f64x2.mul (local.get $xa) (local.get $xa)) (f64x2.mul (local.get $xb) (local.get $xb)))))
        (local.set $emax (f64x2.pmax (local.get $emax)
          (f64x2.pmax (f64x2.abs (local.get $ea)) (f64x2.abs (local.get $eb)))))
        ;; values $w: the same
        (local.set $r (f32x4.nearest (f32x4.mul (local.get $w) (v128.load offset=128 (local.get $acc)))))
        (local.set $rc (f32x4.pmin
          (f32x4.pmax (local.get $r) (v128.load offset=160 (local.get $acc))) (v128.load offset=176 (local.get $acc))))
        (local.set $clip (i32x4.sub (local.get $clip) (f32x4.ne (local.get $r) (local.get $rc))))
        (local.set $a (i32x4.add (i32x4.shl (f32x4.add (local.get $rc) (v128.load offset=192 (local.get $acc))) (i32.const 2))
          (v128.load offset=208 (local.get $acc))))
        (local.set $q (i32x4.extract_lane 0 (local.get $a)))
        (i32.store (local.get $q) (i32.add (i32.load (local.get $q)) (i32.const 1)))
        (local.set $q (i32x4.extract_lane 1 (local.get $a)))
        (i32.store (local.get $q) (i32.add (i32.load (local.get $q)) (i32.const 1)))
        (local.set $q (i32x4.extract_lane 2 (local.get $a)))
        (i32.store (local.get $q) (i32.add (i32.load (local.get $q)) (i32.const 1)))
        (local.set $q (i32x4.extract_lane 3 (local.get $a)))
        (i32.store (local.get $q) (i32.add (i32.load (local.get $q)) (i32.const 1)))
        (local.set $a (f32x4.mul (local.get $rc) (v128.load offset=144 (local.get $acc))))
        (local.set $xa (f64x2.promote_low_f32x4 (local.get $w)))
        (local.set $xb (f64x2.promote_low_f32x4
          (i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15 (local.get $w) (local.get $w))))
        (local.set $ea (f64x2.sub (f64x2.promote_low_f32x4 (local.get $a)) (local.get $xa)))
        (local.set $eb (f64x2.sub (f64x2.promote_low_f32x4
          (i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15 (local.get $a) (local.get $a)))
          (local.get $xb)))
        (local.set $se (f64x2.add (local.get $se)
          (f64x2.add (f64x2.mul (local.get $ea) (local.get $ea)) (f64x2.mul (local.get $eb) (local.get $eb)))))
        (local.set $sx (f64x2.add (local.get $sx)
          (f64x2.add (f64x2.mul (local.get $xa) (local.get $xa)) (f64x2.mul (local.get $xb) (local.get $xb)))))
        (local.set $emax (f64x2.pmax (local.get $emax)
          (f64x2.pmax (f64x2.abs (local.get $ea)) (f64x2.abs (local.get $eb)))))
        (br_if $next (i32.lt_u (local.tee $ptr (i32.add (local.get $ptr) (i32.const 32))) (local.get $end)))))
    (v128.store offset=0 (local.get $acc) (local.get $se))
    (v128.store offset=16 (local.get $acc) (local.get $sx))
    (v128.store offset=32 (local.get $acc) (local.get $emax))
    (v128.store offset=48 (local.get $acc) (local.get $clip))
    (local.get $ptr))

  ;; Fake-quantization error of x[0..n) at $ptr, added into acc; codes counted into the four u32 tables at
  ;; $counts, $counts + $stride, … (one per lane; their sum is the count of each code).
  (func (export "quantError")
    (param $ptr i32) (param $n i32) (param $acc i32) (param $counts i32) (param $stride i32) (param $dummy i32)
    (param $inv f32) (param $scale f32) (param $lo f32) (param $hi f32)
    (local $end i32)
    (local.set $end (i32.add (local.get $ptr) (i32.shl (local.get $n) (i32.const 2))))
    (v128.store offset=208 (local.get $acc)
      (i32x4.sub (call $tableBases (local.get $counts) (local.get $stride)) (i32x4.splat (i32.const 0x2D000000))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $ptr) (local.get $end)))
        (local.set $ptr (call $quantFast (local.get $ptr) (local.get $end) (local.get $acc)
          (local.get $inv) (local.get $scale) (local.get $lo) (local.get $hi)))
        (br_if $done (i32.ge_u (local.get $ptr) (local.get $end)))
        (call $quantSlow (local.get $ptr) (local.get $acc) (local.get $dummy)
          (local.get $inv) (local.get $scale) (local.get $lo) (local.get $hi))
        (call $quantSlow (i32.add (local.get $ptr) (i32.const 16)) (local.get $acc)
          (local.get $dummy) (local.get $inv) (local.get $scale) (local.get $lo) (local.get $hi))
        (local.set $ptr (i32.add (local.get $ptr) (i32.const 32)))
        (br $next))))

  ;; ---- per-slice quantization error ----
  ;; A tensor seen as [outer, slices, inner] (granularity/layout.ts): slice s owns the runs of $inner values at
  ;; $ptr + 4·s·$inner + o·$rowStride, o < $outer. Slice s is quantized under its own parameters at
  ;; $params + 16·s (f32 inv, scale, lo, hi, as quantError takes them) with quantError's arithmetic, and ADDS
  ;; into its 40-byte record at $out + 40·s: +0 Σe² f64, +8 Σx² f64, +16 max |e| f64 (kept as a maximum),
  ;; +24 clipped u32, +28 finite u32, +32 distinct codes u32. Distinct codes use the i32 stamp table at
  ;; $stamp: slot rc − lo (= code − qmin) holds the number ($first + s) of the last slice that used it, and a
  ;; slice counts the slots that did not hold its number yet; so one slice may be fed in several consecutive
  ;; calls. NaN/±Inf are skipped (their lanes stamp $dummy). Runs of any length: 4 values per turn, then 1.
  (func (export "sliceError")
    (param $ptr i32) (param $outer i32) (param $slices i32) (param $inner i32) (param $rowStride i32)
    (param $first i32) (param $params i32) (param $out i32) (param $stamp i32) (param $dummy i32)
    (local $s i32) (local $o i32) (local $p i32) (local $left i32) (local $id i32) (local $q i32) (local $lv i32)
    (local $rec i32)
    (local $inv v128) (local $scale v128) (local $lo v128) (local $hi v128) (local $bias v128) (local $base v128)
    (local $v v128) (local $m v128) (local $fin v128) (local $r v128) (local $rc v128) (local $a v128)
    (local $xa v128) (local $xb v128) (local $ea v128) (local $eb v128)
    (local $se v128) (local $sx v128) (local $emax v128) (local $clip v128) (local $nf v128)
    (local.set $base (i32x4.splat (i32.sub (local.get $stamp) (i32.const 0x2D000000))))
    (block $slicesDone
      (loop $slice
        (br_if $slicesDone (i32.ge_u (local.get $s) (local.get $slices)))
        (local.set $q (i32.add (local.get $params) (i32.shl (local.get $s) (i32.const 4))))
        (local.set $inv (v128.load32_splat offset=0 (local.get $q)))
        (local.set $scale (v128.load32_splat offset=4 (local.get $q)))
        (local.set $lo (v128.load32_splat offset=8 (local.get $q)))
        (local.set $hi (v128.load32_splat offset=12 (local.get $q)))
        (local.set $bias (f32x4.sub (v128.const f32x4 12582912 12582912 12582912 12582912) (local.get $lo)))
        (local.set $id (i32.add (local.get $first) (local.get $s)))
        (local.set $se (v128.const i32x4 0 0 0 0))
        (local.set $sx (v128.const i32x4 0 0 0 0))
        (local.set $emax (v128.const i32x4 0 0 0 0))
        (local.set $clip (v128.const i32x4 0 0 0 0))
        (local.set $nf (v128.const i32x4 0 0 0 0))
        (local.set $lv (i32.const 0))
        (local.set $o (i32.const 0))
        (block $rowsDone
          (loop $row
            (br_if $rowsDone (i32.ge_u (local.get $o) (local.get $outer)))
            (local.set $p (i32.add (local.get $ptr) (i32.add (i32.mul (local.get $o) (local.get $rowStride))
              (i32.shl (i32.mul (local.get $s) (local.get $inner)) (i32.const 2)))))
            (local.set $left (local.get $inner))
            (block $runDone
              (loop $step
                (br_if $runDone (i32.eqz (local.get $left)))
                (if (i32.ge_u (local.get $left) (i32.const 4))
                  (then
                    (local.set $v (v128.load (local.get $p)))
                    (local.set $m (v128.const i32x4 -1 -1 -1 -1))
                    (local.set $p (i32.add (local.get $p) (i32.const 16)))
                    (local.set $left (i32.sub (local.get $left) (i32.const 4))))
                  (else
                    (local.set $v (v128.load32_zero (local.get $p)))
                    (local.set $m (v128.const i32x4 -1 0 0 0))
                    (local.set $p (i32.add (local.get $p) (i32.const 4)))
                    (local.set $left (i32.sub (local.get $left) (i32.const 1)))))
                (local.set $fin (v128.and (local.get $m)
                  (f32x4.eq (f32x4.sub (local.get $v) (local.get $v)) (v128.const i32x4 0 0 0 0))))
                (local.set $nf (i32x4.sub (local.get $nf) (local.get $fin)))
                (local.set $r (f32x4.nearest (f32x4.mul (local.get $v) (local.get $inv))))
                (local.set $rc (f32x4.pmin (f32x4.pmax (local.get $r) (local.get $lo)) (local.get $hi)))
                (local.set $clip (i32x4.sub (local.get $clip)
                  (v128.and (f32x4.ne (local.get $r) (local.get $rc)) (local.get $fin))))
                ;; stamp addresses; a lane outside the run or non-finite stamps $dummy and counts nothing
                (local.set $a (v128.bitselect
                  (i32x4.add (i32x4.shl (f32x4.add (local.get $rc) (local.get $bias)) (i32.const 2)) (local.get $base))
                  (i32x4.splat (local.get $dummy))
                  (local.get $fin)))
                (local.set $q (i32x4.extract_lane 0 (local.get $a)))
                (local.set $lv (i32.add (local.get $lv) (i32.and (i32.ne (i32.load (local.get $q)) (local.get $id))
                  (i32x4.extract_lane 0 (local.get $fin)))))
                (i32.store (local.get $q) (local.get $id))
                (local.set $q (i32x4.extract_lane 1 (local.get $a)))
                (local.set $lv (i32.add (local.get $lv) (i32.and (i32.ne (i32.load (local.get $q)) (local.get $id))
                  (i32x4.extract_lane 1 (local.get $fin)))))
                (i32.store (local.get $q) (local.get $id))
                (local.set $q (i32x4.extract_lane 2 (local.get $a)))
                (local.set $lv (i32.add (local.get $lv) (i32.and (i32.ne (i32.load (local.get $q)) (local.get $id))
                  (i32x4.extract_lane 2 (local.get $fin)))))
                (i32.store (local.get $q) (local.get $id))
                (local.set $q (i32x4.extract_lane 3 (local.get $a)))
                (local.set $lv (i32.add (local.get $lv) (i32.and (i32.ne (i32.load (local.get $q)) (local.get $id))
                  (i32x4.extract_lane 3 (local.get $fin)))))
                (i32.store (local.get $q) (local.get $id))
                ;; x̂ and x with the skipped lanes zeroed (e = 0 there), widened to f64
                (local.set $a (v128.and (f32x4.mul (local.get $rc) (local.get $scale)) (local.get $fin)))
                (local.set $v (v128.and (local.get $v) (local.get $fin)))
                (local.set $xa (f64x2.promote_low_f32x4 (local.get $v)))
                (local.set $xb (f64x2.promote_low_f32x4
                  (i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15 (local.get $v) (local.get $v))))
                (local.set $ea (f64x2.sub (f64x2.promote_low_f32x4 (local.get $a)) (local.get $xa)))
                (local.set $eb (f64x2.sub (f64x2.promote_low_f32x4
                  (i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15 (local.get $a) (local.get $a)))
                  (local.get $xb)))
                (local.set $se (f64x2.add (local.get $se)
                  (f64x2.add (f64x2.mul (local.get $ea) (local.get $ea)) (f64x2.mul (local.get $eb) (local.get $eb)))))
                (local.set $sx (f64x2.add (local.get $sx)
                  (f64x2.add (f64x2.mul (local.get $xa) (local.get $xa)) (f64x2.mul (local.get $xb) (local.get $xb)))))
                (local.set $emax (f64x2.pmax (local.get $emax)
                  (f64x2.pmax (f64x2.abs (local.get $ea)) (f64x2.abs (local.get $eb)))))
                (br $step)))
            (local.set $o (i32.add (local.get $o) (i32.const 1)))
            (br $row)))
        (local.set $rec (i32.add (local.get $out) (i32.mul (local.get $s) (i32.const 40))))
        (f64.store offset=0 (local.get $rec) (f64.add (f64.load offset=0 (local.get $rec))
          (f64.add (f64x2.extract_lane 0 (local.get $se)) (f64x2.extract_lane 1 (local.get $se)))))
        (f64.store offset=8 (local.get $rec) (f64.add (f64.load offset=8 (local.get $rec))
          (f64.add (f64x2.extract_lane 0 (local.get $sx)) (f64x2.extract_lane 1 (local.get $sx)))))
        (f64.store offset=16 (local.get $rec) (f64.max (f64.load offset=16 (local.get $rec))
          (f64.max (f64x2.extract_lane 0 (local.get $emax)) (f64x2.extract_lane 1 (local.get $emax)))))
        (i32.store offset=24 (local.get $rec) (i32.add (i32.load offset=24 (local.get $rec)) (call $laneSum (local.get $clip))))
        (i32.store offset=28 (local.get $rec) (i32.add (i32.load offset=28 (local.get $rec)) (call $laneSum (local.get $nf))))
        (i32.store offset=32 (local.get $rec) (i32.add (i32.load offset=32 (local.get $rec)) (local.get $lv)))
        (local.set $s (i32.add (local.get $s) (i32.const 1)))
        (br $slice))))

  ;; Sum of the four i32 lanes of $v.
  (func $laneSum (param $v v128) (result i32)
    (i32.add (i32.add (i32x4.extract_lane 0 (local.get $v)) (i32x4.extract_lane 1 (local.get $v)))
      (i32.add (i32x4.extract_lane 2 (local.get $v)) (i32x4.extract_lane 3 (local.get $v)))))

  ;; ---- histogram ----
  ;; Four u32 count tables at $tables + j·$stride; lane j counts into table j, so runs of equal values do
  ;; not wait on each other. Slot b < bins counts lo ≤ x ≤ hi with floor((f64(x) − lo)·k) = b (capped at
  ;; bins − 1); slot bins counts finite x < lo, bins + 1 finite x > hi, bins + 2 NaN/±Inf. loF and hiF are
  ;; float32 thresholds with x ≥ loF ⇔ x ≥ lo and x ≤ hiF ⇔ x ≤ hi for every float32 x.

  ;; Byte addresses of the four tables, one per lane.
  (func $tableBases (param $tables i32) (param $stride i32) (result v128)
    (i32x4.replace_lane 3 (i32x4.replace_lane 2 (i32x4.replace_lane 1
      (i32x4.splat (local.get $tables))
      (i32.add (local.get $tables) (local.get $stride)))
      (i32.add (local.get $tables) (i32.shl (local.get $stride) (i32.const 1))))
      (i32.add (local.get $tables) (i32.mul (local.get $stride) (i32.const 3)))))

  ;; Bin numbers of the 4 values in $v (which must lie in [lo, hi]); floor(t) + 2^52 holds floor(t) in its
  ;; low 32 bits for 0 ≤ t < 2^31.
  (func $bins (param $v v128) (param $lo2 v128) (param $k2 v128) (param $last4 v128) (result v128)
    (i32x4.min_s
      (i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27
        (f64x2.add (f64x2.floor (f64x2.mul (f64x2.sub (f64x2.promote_low_f32x4 (local.get $v)) (local.get $lo2))
          (local.get $k2))) (v128.const f64x2 0x1p52 0x1p52))
        (f64x2.add (f64x2.floor (f64x2.mul (f64x2.sub (f64x2.promote_low_f32x4
          (i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15 (local.get $v) (local.get $v)))
          (local.get $lo2)) (local.get $k2))) (v128.const f64x2 0x1p52 0x1p52)))
      (local.get $last4)))

  ;; Adds 1 to the u32 at each of the 4 byte addresses in $a.
  (func $scatter (param $a v128) (local $q i32)
    (local.set $q (i32x4.extract_lane 0 (local.get $a)))
    (i32.store (local.get $q) (i32.add (i32.load (local.get $q)) (i32.const 1)))
    (local.set $q (i32x4.extract_lane 1 (local.get $a)))
    (i32.store (local.get $q) (i32.add (i32.load (local.get $q)) (i32.const 1)))
    (local.set $q (i32x4.extract_lane 2 (local.get $a)))
    (i32.store (local.get $q) (i32.add (i32.load (local.get $q)) (i32.const 1)))
    (local.set $q (i32x4.extract_lane 3 (local.get $a)))
    (i32.store (local.get $q) (i32.add (i32.load (local.get $q)) (i32.const 1))))

  ;; One group of 4 values at $p, any of them possibly out of range or not finite.
  (func $histSlow (param $p i32) (param $tables i32) (param $stride i32) (param $bins i32)
    (param $loF f32) (param $hiF f32) (param $lo f64) (param $k f64)
    (local $v v128) (local $fin v128) (local $ge v128) (local $le v128) (local $base v128) (local $slot v128)
    (local.set $v (v128.load (local.get $p)))
    (local.set $fin (f32x4.eq (f32x4.sub (local.get $v) (local.get $v)) (v128.const i32x4 0 0 0 0)))
    (local.set $ge (f32x4.ge (local.get $v) (f32x4.splat (local.get $loF))))
    (local.set $le (f32x4.le (local.get $v) (f32x4.splat (local.get $hiF))))
    (local.set $base (call $tableBases (local.get $tables) (local.get $stride)))
    ;; slot bins (finite, below), bins + 1 (finite, above) or bins + 2 (not finite)
    (local.set $slot (v128.bitselect (i32x4.splat (local.get $bins))
      (v128.bitselect (i32x4.splat (i32.add (local.get $bins) (i32.const 1)))
        (i32x4.splat (i32.add (local.get $bins) (i32.const 2)))
        (v128.andnot (local.get $fin) (local.get $le)))
      (v128.andnot (local.get $fin) (local.get $ge))))
    (local.set $slot (v128.bitselect
      (call $bins (local.get $v) (f64x2.splat (local.get $lo)) (f64x2.splat (local.get $k))
        (i32x4.splat (i32.sub (local.get $bins) (i32.const 1))))
      (local.get $slot)
      (v128.and (local.get $ge) (local.get $le))))
    (call $scatter (i32x4.add (i32x4.shl (local.get $slot) (i32.const 2)) (local.get $base))))

  ;; The fast loop from $ptr (< $end); returns where it stopped: $end, or a group of 8 holding a value
  ;; outside [lo, hi] or not finite. The body is written out twice (value groups $v and $w) on purpose.
  (func $histFast (param $ptr i32) (param $end i32) (param $tables i32) (param $stride i32) (param $bins i32)
    (param $loF f32) (param $hiF f32) (param $lo f64) (param $k f64) (result i32)
    (local $v v128) (local $w v128) (local $a v128) (local $q i32)
    (local $loF4 v128) (local $hiF4 v128) (local $lo2 v128) (local $k2 v128) (local $magic2 v128)
    (local $last4 v128) (local $base4 v128)
    (local.set $loF4 (f32x4.splat (local.get $loF)))
    (local.set $hiF4 (f32x4.splat (local.get $hiF)))
    (local.set $lo2 (f64x2.splat (local.get $lo)))
    (local.set $k2 (f64x2.splat (local.get $k)))
    (local.set $magic2 (v128.const f64x2 0x1p52 0x1p52))
    (local.set $last4 (i32x4.splat (i32.sub (local.get $bins) (i32.const 1))))
    (local.set $base4 (call $tableBases (local.get $tables) (local.get $stride)))
    (block $stop
      (loop $next
        (local.set $v (v128.load offset=0 (local.get $ptr)))
        (local.set $w (v128.load offset=16 (local.get $ptr)))
        (br_if $stop (i32.eqz (i32x4.all_true (v128.and
          (v128.and (f32x4.ge (local.get $v) (local.get $loF4)) (f32x4.le (local.get $v) (local.get $hiF4)))
          (v128.and (f32x4.ge (local.get $w) (local.get $loF4)) (f32x4.le (local.get $w) (local.get $hiF4)))))))
        ;; values $v ($bins inlined: V8 does not inline wasm calls)
        (local.set $a (i32x4.add (i32x4.shl (i32x4.min_s
          (i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27
            (f64x2.add (f64x2.floor (f64x2.mul (f64x2.sub (f64x2.promote_low_f32x4 (local.get $v)) (local.get $lo2))
              (local.get $k2))) (local.get $magic2))
            (f64x2.add (f64x2.floor (f64x2.mul (f64x2.sub (f64x2.promote_low_f32x4
              (i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15 (local.get $v) (local.get $v)))
              (local.get $lo2)) (local.get $k2))) (local.get $magic2)))
          (local.get $last4)) (i32.const 2)) (local.get $base4)))
        (local.set $q (i32x4.extract_lane 0 (local.get $a)))
        (i32.store (local.get $q) (i32.add (i32.load (local.get $q)) (i32.const 1)))
        (local.set $q (i32x4.extract_lane 1 (local.get $a)))
        (i32.store (local.get $q) (i32.add (i32.load (local.get $q)) (i32.const 1)))
        (local.set $q (i32x4.extract_lane 2 (local.get $a)))
        (i32.store (local.get $q) (i32.add (i32.load (local.get $q)) (i32.const 1)))
        (local.set $q (i32x4.extract_lane 3 (local.get $a)))
        (i32.store (local.get $q) (i32.add (i32.load (local.get $q)) (i32.const 1)))
        ;; values $w: the same
        (local.set $a (i32x4.add (i32x4.shl (i32x4.min_s
          (i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27
            (f64x2.add (f64x2.floor (f64x2.mul (f64x2.sub (f64x2.promote_low_f32x4 (local.get $w)) (local.get $lo2))
              (local.get $k2))) (local.get $magic2))
            (f64x2.add (f64x2.floor (f64x2.mul (f64x2.sub (f64x2.promote_low_f32x4
              (i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15 (local.get $w) (local.get $w)))
              (local.get $lo2)) (local.get $k2))) (local.get $magic2)))
          (local.get $last4)) (i32.const 2)) (local.get $base4)))
        (local.set $q (i32x4.extract_lane 0 (local.get $a)))
        (i32.store (local.get $q) (i32.add (i32.load (local.get $q)) (i32.const 1)))
        (local.set $q (i32x4.extract_lane 1 (local.get $a)))
        (i32.store (local.get $q) (i32.add (i32.load (local.get $q)) (i32.const 1)))
        (local.set $q (i32x4.extract_lane 2 (local.get $a)))
        (i32.store (local.get $q) (i32.add (i32.load (local.get $q)) (i32.const 1)))
        (local.set $q (i32x4.extract_lane 3 (local.get $a)))
        (i32.store (local.get $q) (i32.add (i32.load (local.get $q)) (i32.const 1)))
        (br_if $next (i32.lt_u (local.tee $ptr (i32.add (local.get $ptr) (i32.const 32))) (local.get $end)))))
    (local.get $ptr))

  ;; Histogram counts of x[0..n) at $ptr, added into the four tables.
  (func (export "histogram")
    (param $ptr i32) (param $n i32) (param $tables i32) (param $stride i32) (param $bins i32)
    (param $loF f32) (param $hiF f32) (param $lo f64) (param $k f64)
    (local $end i32)
    (local.set $end (i32.add (local.get $ptr) (i32.shl (local.get $n) (i32.const 2))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $ptr) (local.get $end)))
        (local.set $ptr (call $histFast (local.get $ptr) (local.get $end) (local.get $tables) (local.get $stride)
          (local.get $bins) (local.get $loF) (local.get $hiF) (local.get $lo) (local.get $k)))
        (br_if $done (i32.ge_u (local.get $ptr) (local.get $end)))
        (call $histSlow (local.get $ptr) (local.get $tables) (local.get $stride) (local.get $bins)
          (local.get $loF) (local.get $hiF) (local.get $lo) (local.get $k))
        (call $histSlow (i32.add (local.get $ptr) (i32.const 16)) (local.get $tables) (local.get $stride)
          (local.get $bins) (local.get $loF) (local.get $hiF) (local.get $lo) (local.get $k))
        (local.set $ptr (i32.add (local.get $ptr) (i32.const 32)))
        (br $next))))

  ;; ---- tensor statistics ----
  ;; acc (128 bytes): +0 min f32x4 and +16 max f32x4 of the finite values (start at +Inf / −Inf),
  ;; +32 Σx f64x2, +48 Σx² f64x2, then i32x4 counts: +64 exact zeros (±0), +80 +Inf, +96 −Inf, +112 non-finite.

  ;; One group of 4 values at $p, some possibly NaN/±Inf.
  (func $statsSlow (param $p i32) (param $acc i32)
    (local $v v128) (local $fin v128) (local $x v128) (local $xa v128) (local $xb v128)
    (local.set $v (v128.load (local.get $p)))
    (local.set $fin (f32x4.eq (f32x4.sub (local.get $v) (local.get $v)) (v128.const i32x4 0 0 0 0)))
    (v128.store offset=0 (local.get $acc) (f32x4.pmin (v128.load offset=0 (local.get $acc))
      (v128.bitselect (local.get $v) (v128.const f32x4 inf inf inf inf) (local.get $fin))))
    (v128.store offset=16 (local.get $acc) (f32x4.pmax (v128.load offset=16 (local.get $acc))
      (v128.bitselect (local.get $v) (v128.const f32x4 -inf -inf -inf -inf) (local.get $fin))))
    (local.set $x (v128.and (local.get $v) (local.get $fin)))
    (local.set $xa (f64x2.promote_low_f32x4 (local.get $x)))
    (local.set $xb (f64x2.promote_low_f32x4
      (i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15 (local.get $x) (local.get $x))))
    (v128.store offset=32 (local.get $acc) (f64x2.add (v128.load offset=32 (local.get $acc))
      (f64x2.add (local.get $xa) (local.get $xb))))
    (v128.store offset=48 (local.get $acc) (f64x2.add (v128.load offset=48 (local.get $acc))
      (f64x2.add (f64x2.mul (local.get $xa) (local.get $xa)) (f64x2.mul (local.get $xb) (local.get $xb)))))
    (v128.store offset=64 (local.get $acc) (i32x4.sub (v128.load offset=64 (local.get $acc))
      (f32x4.eq (local.get $v) (v128.const i32x4 0 0 0 0))))
    (v128.store offset=80 (local.get $acc) (i32x4.sub (v128.load offset=80 (local.get $acc))
      (f32x4.eq (local.get $v) (v128.const f32x4 inf inf inf inf))))
    (v128.store offset=96 (local.get $acc) (i32x4.sub (v128.load offset=96 (local.get $acc))
      (f32x4.eq (local.get $v) (v128.const f32x4 -inf -inf -inf -inf))))
    (v128.store offset=112 (local.get $acc) (i32x4.sub (v128.load offset=112 (local.get $acc))
      (v128.not (local.get $fin)))))

  ;; The fast loop from $ptr (< $end); returns where it stopped: $end, or a group of 8 holding a NaN/±Inf.
  (func $statsFast (param $ptr i32) (param $end i32) (param $acc i32) (result i32)
    (local $v v128) (local $w v128) (local $d v128) (local $xa v128) (local $xb v128)
    (local $mn v128) (local $mx v128) (local $s v128) (local $q v128) (local $zero v128)
    (local.set $mn (v128.load offset=0 (local.get $acc)))
    (local.set $mx (v128.load offset=16 (local.get $acc)))
    (local.set $s (v128.load offset=32 (local.get $acc)))
    (local.set $q (v128.load offset=48 (local.get $acc)))
    (local.set $zero (v128.load offset=64 (local.get $acc)))
    (block $stop
      (loop $next
        (local.set $v (v128.load offset=0 (local.get $ptr)))
        (local.set $w (v128.load offset=16 (local.get $ptr)))
        (local.set $d (f32x4.add (f32x4.sub (local.get $v) (local.get $v)) (f32x4.sub (local.get $w) (local.get $w))))
        (br_if $stop (v128.any_true (f32x4.ne (local.get $d) (local.get $d))))
        (local.set $mn (f32x4.pmin (local.get $mn) (f32x4.pmin (local.get $v) (local.get $w))))
        (local.set $mx (f32x4.pmax (local.get $mx) (f32x4.pmax (local.get $v) (local.get $w))))
        (local.set $zero (i32x4.sub (local.get $zero) (i32x4.add
          (f32x4.eq (local.get $v) (v128.const i32x4 0 0 0 0)) (f32x4.eq (local.get $w) (v128.const i32x4 0 0 0 0)))))
        (local.set $xa (f64x2.promote_low_f32x4 (local.get $v)))
        (local.set $xb (f64x2.promote_low_f32x4
          (i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15 (local.get $v) (local.get $v))))
        (local.set $s (f64x2.add (local.get $s) (f64x2.add (local.get $xa) (local.get $xb))))
        (local.set $q (f64x2.add (local.get $q)
          (f64x2.add (f64x2.mul (local.get $xa) (local.get $xa)) (f64x2.mul (local.get $xb) (local.get $xb)))))
        (local.set $xa (f64x2.promote_low_f32x4 (local.get $w)))
        (local.set $xb (f64x2.promote_low_f32x4
          (i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15 (local.get $w) (local.get $w))))
        (local.set $s (f64x2.add (local.get $s) (f64x2.add (local.get $xa) (local.get $xb))))
        (local.set $q (f64x2.add (local.get $q)
          (f64x2.add (f64x2.mul (local.get $xa) (local.get $xa)) (f64x2.mul (local.get $xb) (local.get $xb)))))
        (br_if $next (i32.lt_u (local.tee $ptr (i32.add (local.get $ptr) (i32.const 32))) (local.get $end)))))
    (v128.store offset=0 (local.get $acc) (local.get $mn))
    (v128.store offset=16 (local.get $acc) (local.get $mx))
    (v128.store offset=32 (local.get $acc) (local.get $s))
    (v128.store offset=48 (local.get $acc) (local.get $q))
    (v128.store offset=64 (local.get $acc) (local.get $zero))
    (local.get $ptr))

  ;; Statistics of x[0..n) at $ptr, added into acc.
  (func (export "stats") (param $ptr i32) (param $n i32) (param $acc i32)
    (local $end i32)
    (local.set $end (i32.add (local.get $ptr) (i32.shl (local.get $n) (i32.const 2))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $ptr) (local.get $end)))
        (local.set $ptr (call $statsFast (local.get $ptr) (local.get $end) (local.get $acc)))
        (br_if $done (i32.ge_u (local.get $ptr) (local.get $end)))
        (call $statsSlow (local.get $ptr) (local.get $acc))
        (call $statsSlow (i32.add (local.get $ptr) (i32.const 16)) (local.get $acc))
        (local.set $ptr (i32.add (local.get $ptr) (i32.const 32)))
        (br $next))))

  ;; ---- overview: fused per-tensor figures ----
  ;; Loops of 4 values without a fast/slow split: each lane's finite mask zeroes what NaN/±Inf would spoil.

  ;; Shifted power sums of x[0..n) at $ptr: d = f64(x) − $shift over the finite x, added into acc: +0 Σd f64x2,
  ;; +16 Σd², +32 Σd³, +48 Σd⁴. (Counts and range come from "rangeCounts": two lean loops beat one with too many
  ;; accumulators for the registers.)
  (func (export "moments") (param $ptr i32) (param $n i32) (param $acc i32) (param $shift f64)
    (local $end i32) (local $v v128) (local $fin v128) (local $sh v128)
    (local $da v128) (local $db v128) (local $qa v128) (local $qb v128)
    (local $s1 v128) (local $s2 v128) (local $s3 v128) (local $s4 v128)
    (local.set $end (i32.add (local.get $ptr) (i32.shl (local.get $n) (i32.const 2))))
    (local.set $sh (f64x2.splat (local.get $shift)))
    (local.set $s1 (v128.load offset=0 (local.get $acc)))
    (local.set $s2 (v128.load offset=16 (local.get $acc)))
    (local.set $s3 (v128.load offset=32 (local.get $acc)))
    (local.set $s4 (v128.load offset=48 (local.get $acc)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $ptr) (local.get $end)))
        (local.set $v (v128.load (local.get $ptr)))
        (local.set $fin (f32x4.eq (f32x4.sub (local.get $v) (local.get $v)) (v128.const i32x4 0 0 0 0)))
        (local.set $da (v128.and (f64x2.sub (f64x2.promote_low_f32x4 (local.get $v)) (local.get $sh))
          (i64x2.extend_low_i32x4_s (local.get $fin))))
        (local.set $db (v128.and (f64x2.sub (f64x2.promote_low_f32x4
          (i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15 (local.get $v) (local.get $v))) (local.get $sh))
          (i64x2.extend_high_i32x4_s (local.get $fin))))
        (local.set $qa (f64x2.mul (local.get $da) (local.get $da)))
        (local.set $qb (f64x2.mul (local.get $db) (local.get $db)))
        (local.set $s1 (f64x2.add (local.get $s1) (f64x2.add (local.get $da) (local.get $db))))
        (local.set $s2 (f64x2.add (local.get $s2) (f64x2.add (local.get $qa) (local.get $qb))))
        (local.set $s3 (f64x2.add (local.get $s3)
          (f64x2.add (f64x2.mul (local.get $qa) (local.get $da)) (f64x2.mul (local.get $qb) (local.get $db)))))
        (local.set $s4 (f64x2.add (local.get $s4)
          (f64x2.add (f64x2.mul (local.get $qa) (local.get $qa)) (f64x2.mul (local.get $qb) (local.get $qb)))))
        (local.set $ptr (i32.add (local.get $ptr) (i32.const 16)))
        (br $next)))
    (v128.store offset=0 (local.get $acc) (local.get $s1))
    (v128.store offset=16 (local.get $acc) (local.get $s2))
    (v128.store offset=32 (local.get $acc) (local.get $s3))
    (v128.store offset=48 (local.get $acc) (local.get $s4)))

  ;; Range and counts of x[0..n) at $ptr ($n a multiple of 8), in float32, added into acc: i32x4 counts +64 finite
  ;; |x| ≤ $tiny, +80 finite |x| ≥ $huge, +96 non-finite; +112 min f32x4 and +128 max f32x4 of the finite x (start at
  ;; +Inf / −Inf); i32x4 counts +144 exact zeros (±0), +160 +Inf, +176 −Inf.
  (func (export "rangeCounts") (param $ptr i32) (param $n i32) (param $acc i32) (param $tiny f32) (param $huge f32)
    (local $end i32)
    (local.set $end (i32.add (local.get $ptr) (i32.shl (local.get $n) (i32.const 2))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $ptr) (local.get $end)))
        (local.set $ptr (call $rangeFast (local.get $ptr) (local.get $end) (local.get $acc) (local.get $tiny) (local.get $huge)))
        (br_if $done (i32.ge_u (local.get $ptr) (local.get $end)))
        (call $rangeSlow (local.get $ptr) (local.get $acc) (local.get $tiny) (local.get $huge))
        (call $rangeSlow (i32.add (local.get $ptr) (i32.const 16)) (local.get $acc) (local.get $tiny) (local.get $huge))
        (local.set $ptr (i32.add (local.get $ptr) (i32.const 32)))
        (br $next))))

  ;; rangeCounts' fast loop from $ptr (< $end), 8 finite values at a time; returns where it stopped: $end, or a
  ;; group of 8 holding a NaN/±Inf (for $rangeSlow).
  (func $rangeFast (param $ptr i32) (param $end i32) (param $acc i32) (param $tiny f32) (param $huge f32) (result i32)
    (local $v v128) (local $w v128) (local $d v128) (local $av v128) (local $aw v128) (local $tn v128) (local $hg v128)
    (local $small v128) (local $big v128) (local $mn v128) (local $mx v128) (local $zero v128)
    (local.set $tn (f32x4.splat (local.get $tiny)))
    (local.set $hg (f32x4.splat (local.get $huge)))
    (local.set $small (v128.load offset=64 (local.get $acc)))
    (local.set $big (v128.load offset=80 (local.get $acc)))
    (local.set $mn (v128.load offset=112 (local.get $acc)))
    (local.set $mx (v128.load offset=128 (local.get $acc)))
    (local.set $zero (v128.load offset=144 (local.get $acc)))
    (block $stop
      (loop $next
        (local.set $v (v128.load offset=0 (local.get $ptr)))
        (local.set $w (v128.load offset=16 (local.get $ptr)))
        (local.set $d (f32x4.add (f32x4.sub (local.get $v) (local.get $v)) (f32x4.sub (local.get $w) (local.get $w))))
        (br_if $stop (v128.any_true (f32x4.ne (local.get $d) (local.get $d))))
        (local.set $mn (f32x4.pmin (local.get $mn) (f32x4.pmin (local.get $v) (local.get $w))))
        (local.set $mx (f32x4.pmax (local.get $mx) (f32x4.pmax (local.get $v) (local.get $w))))
        (local.set $zero (i32x4.sub (local.get $zero) (i32x4.add
          (f32x4.eq (local.get $v) (v128.const i32x4 0 0 0 0)) (f32x4.eq (local.get $w) (v128.const i32x4 0 0 0 0)))))
        (local.set $av (f32x4.abs (local.get $v)))
        (local.set $aw (f32x4.abs (local.get $w)))
        (local.set $small (i32x4.sub (local.get $small)
          (i32x4.add (f32x4.le (local.get $av) (local.get $tn)) (f32x4.le (local.get $aw) (local.get $tn)))))
        (local.set $big (i32x4.sub (local.get $big)
          (i32x4.add (f32x4.ge (local.get $av) (local.get $hg)) (f32x4.ge (local.get $aw) (local.get $hg)))))
        (br_if $next (i32.lt_u (local.tee $ptr (i32.add (local.get $ptr) (i32.const 32))) (local.get $end)))))
    (v128.store offset=64 (local.get $acc) (local.get $small))
    (v128.store offset=80 (local.get $acc) (local.get $big))
    (v128.store offset=112 (local.get $acc) (local.get $mn))
    (v128.store offset=128 (local.get $acc) (local.get $mx))
    (v128.store offset=144 (local.get $acc) (local.get $zero))
    (local.get $ptr))

  ;; rangeCounts over one group of 4 values at $p, some possibly NaN/±Inf.
  (func $rangeSlow (param $p i32) (param $acc i32) (param $tiny f32) (param $huge f32)
    (local $v v128) (local $a v128) (local $fin v128)
    (local.set $v (v128.load (local.get $p)))
    (local.set $fin (f32x4.eq (f32x4.sub (local.get $v) (local.get $v)) (v128.const i32x4 0 0 0 0)))
    (local.set $a (f32x4.abs (local.get $v)))
    (v128.store offset=64 (local.get $acc) (i32x4.sub (v128.load offset=64 (local.get $acc))
      (f32x4.le (local.get $a) (f32x4.splat (local.get $tiny)))))
    (v128.store offset=80 (local.get $acc) (i32x4.sub (v128.load offset=80 (local.get $acc))
      (v128.and (f32x4.ge (local.get $a) (f32x4.splat (local.get $huge))) (local.get $fin))))
    (v128.store offset=96 (local.get $acc) (i32x4.sub (v128.load offset=96 (local.get $acc)) (v128.not (local.get $fin))))
    (v128.store offset=112 (local.get $acc) (f32x4.pmin (v128.load offset=112 (local.get $acc))
      (v128.bitselect (local.get $v) (v128.const f32x4 inf inf inf inf) (local.get $fin))))
    (v128.store offset=128 (local.get $acc) (f32x4.pmax (v128.load offset=128 (local.get $acc))
      (v128.bitselect (local.get $v) (v128.const f32x4 -inf -inf -inf -inf) (local.get $fin))))
    (v128.store offset=144 (local.get $acc) (i32x4.sub (v128.load offset=144 (local.get $acc))
      (f32x4.eq (local.get $v) (v128.const i32x4 0 0 0 0))))
    (v128.store offset=160 (local.get $acc) (i32x4.sub (v128.load offset=160 (local.get $acc))
      (f32x4.eq (local.get $v) (v128.const f32x4 inf inf inf inf))))
    (v128.store offset=176 (local.get $acc) (i32x4.sub (v128.load offset=176 (local.get $acc))
      (f32x4.eq (local.get $v) (v128.const f32x4 -inf -inf -inf -inf)))))

  ;; max |x| over the finite x in [$p, $end) (0 when none); $end − $p a positive multiple of 16 bytes.
  (func $absmax (param $p i32) (param $end i32) (result f32)
    (local $v v128) (local $m v128)
    (loop $next
      (local.set $v (v128.load (local.get $p)))
      (local.set $m (f32x4.pmax (local.get $m) (v128.and (f32x4.abs (local.get $v))
        (f32x4.eq (f32x4.sub (local.get $v) (local.get $v)) (v128.const i32x4 0 0 0 0)))))
      (br_if $next (i32.lt_u (local.tee $p (i32.add (local.get $p) (i32.const 16))) (local.get $end))))
    (f32.max (f32.max (f32x4.extract_lane 0 (local.get $m)) (f32x4.extract_lane 1 (local.get $m)))
      (f32.max (f32x4.extract_lane 2 (local.get $m)) (f32x4.extract_lane 3 (local.get $m)))))

;; Σ(x̂ − x)² in float64 over the finite x in [$p, $end), symmetric codes [−$lim, $lim]:
  ;; x̂ = fl32(clamp(nearest-even(fl32(x·fl32(1/scale))))·scale), as quantError; $end − $p a positive multiple of 32
  ;; bytes. Callers take the scale from the values' own max |x|, so no value is clipped and x̂ − x, at most about
  ;; half a step, is exact in float32 (x̂ = 0, or x and x̂ within a factor of two: Sterbenz); its square is exact in
  ;; float64. So the float32 difference gives quantError's float64 terms, with fewer conversions.
  (func $sqErr (param $p i32) (param $end i32) (param $scale f32) (param $lim f32) (result f64)
    (local $v v128) (local $w v128) (local $s v128) (local $t v128)
    (local $inv v128) (local $sc v128) (local $lo v128) (local $hi v128)
    (local.set $inv (f32x4.splat (f32.div (f32.const 1) (local.get $scale))))
    (local.set $sc (f32x4.splat (local.get $scale)))
    (local.set $lo (f32x4.splat (f32.neg (local.get $lim))))
    (local.set $hi (f32x4.splat (local.get $lim)))
    (loop $next
      (local.set $v (v128.load offset=0 (local.get $p)))
      (local.set $w (v128.load offset=16 (local.get $p)))
      ;; e = x̂ − x, zeroed where x is NaN or ±Inf (there x − x is NaN)
      (local.set $v (v128.and
        (f32x4.sub (f32x4.mul (f32x4.pmin (f32x4.pmax (f32x4.nearest (f32x4.mul (local.get $v) (local.get $inv)))
          (local.get $lo)) (local.get $hi)) (local.get $sc)) (local.get $v))
        (f32x4.eq (f32x4.sub (local.get $v) (local.get $v)) (v128.const i32x4 0 0 0 0))))
      (local.set $w (v128.and
        (f32x4.sub (f32x4.mul (f32x4.pmin (f32x4.pmax (f32x4.nearest (f32x4.mul (local.get $w) (local.get $inv)))
          (local.get $lo)) (local.get $hi)) (local.get $sc)) (local.get $w))
        (f32x4.eq (f32x4.sub (local.get $w) (local.get $w)) (v128.const i32x4 0 0 0 0))))
      (local.set $s (f64x2.add (local.get $s) (f64x2.add
        (f64x2.mul (f64x2.promote_low_f32x4 (local.get $v)) (f64x2.promote_low_f32x4 (local.get $v)))
        (f64x2.mul (f64x2.promote_low_f32x4 (local.get $w)) (f64x2.promote_low_f32x4 (local.get $w))))))
      (local.set $v (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $v) (local.get $w)))
      (local.set $t (f64x2.add (local.get $t) (f64x2.add
        (f64x2.mul (f64x2.promote_low_f32x4 (local.get $v)) (f64x2.promote_low_f32x4 (local.get $v)))
        (f64x2.mul (f64x2.promote_low_f32x4 (i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15 (local.get $v) (local.get $v)))
          (f64x2.promote_low_f32x4 (i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15 (local.get $v) (local.get $v)))))))
      (br_if $next (i32.lt_u (local.tee $p (i32.add (local.get $p) (i32.const 32))) (local.get $end))))
    (local.set $s (f64x2.add (local.get $s) (local.get $t)))
    (f64.add (f64x2.extract_lane 0 (local.get $s)) (f64x2.extract_lane 1 (local.get $s))))

  ;; Per-channel int8 and group-wise int4 errors of $segments consecutive segments of $length values at $ptr
  ;; ($length a positive multiple of 8; of 128 when $groups), each segment read from cache right after loading.
  ;; Groups of 128 ($groups ≠ 0): scale = max(fl32(amax/7), 2^−23), codes [−7, 7]. Channels ($channels ≠ 0): one
  ;; per segment, scale = max(fl32(amax/127), 2^−23), codes [−127, 127], its max |x| stored as f32 at $amax + 4·s
  ;; (a channel's max |x| is its groups' largest). Σe² is added into acc: +0 channels f64, +8 groups f64.
  (func (export "segmentErrors") (param $ptr i32) (param $segments i32) (param $length i32) (param $groups i32)
    (param $channels i32) (param $acc i32) (param $amax i32)
    (local $s i32) (local $end i32) (local $g i32) (local $a f32) (local $cm f32) (local $ce f64) (local $ge f64)
    (local.set $ce (f64.load offset=0 (local.get $acc)))
    (local.set $ge (f64.load offset=8 (local.get $acc)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $s) (local.get $segments)))
        (local.set $end (i32.add (local.get $ptr) (i32.shl (local.get $length) (i32.const 2))))
        (if (local.get $groups)
          (then
            (local.set $cm (f32.const 0))
            (local.set $g (local.get $ptr))
            (loop $group
              (local.set $a (call $absmax (local.get $g) (i32.add (local.get $g) (i32.const 512))))
              (local.set $cm (f32.max (local.get $cm) (local.get $a)))
              (local.set $ge (f64.add (local.get $ge) (call $sqErr (local.get $g) (i32.add (local.get $g) (i32.const 512))
                (f32.max (f32.div (local.get $a) (f32.const 7)) (f32.const 0x1p-23)) (f32.const 7))))
              (br_if $group (i32.lt_u (local.tee $g (i32.add (local.get $g) (i32.const 512))) (local.get $end)))))
          (else (local.set $cm (call $absmax (local.get $ptr) (local.get $end)))))
        (if (local.get $channels)
          (then
            (f32.store (i32.add (local.get $amax) (i32.shl (local.get $s) (i32.const 2))) (local.get $cm))
            (local.set $ce (f64.add (local.get $ce) (call $sqErr (local.get $ptr) (local.get $end)
              (f32.max (f32.div (local.get $cm) (f32.const 127)) (f32.const 0x1p-23)) (f32.const 127))))))
        (local.set $ptr (local.get $end))
        (local.set $s (i32.add (local.get $s) (i32.const 1)))
        (br $next)))
    (f64.store offset=0 (local.get $acc) (local.get $ce))
    (f64.store offset=8 (local.get $acc) (local.get $ge)))

;; The second look at a held tensor, once its range, mean and σ are known, over x[0..n) at $ptr ($n a multiple of
  ;; 8): Σ(x̂ − x)² of symmetric codes [−$lim, $lim] at $scale (as $sqErr: the scale of the tensor's max |x|) added
  ;; into the f64 at acc +0; then, in float32, the finite x with x ≥ $hi or x ≤ $lo into the i64x2 count at acc +16,
  ;; and those with |x| > $abs into the i64x2 count at acc +32 (thresholds the caller derives from float64 ones).
  (func (export "heldFigures") (param $ptr i32) (param $n i32) (param $acc i32) (param $scale f32) (param $lim f32)
    (param $hi f32) (param $lo f32) (param $abs f32)
    (local $end i32) (local $v v128) (local $fin v128) (local $h v128) (local $l v128) (local $a v128) (local $c v128)
    (local $z v128)
    (local.set $end (i32.add (local.get $ptr) (i32.shl (local.get $n) (i32.const 2))))
    (if (i32.ge_u (local.get $ptr) (local.get $end)) (then (return)))
    (f64.store offset=0 (local.get $acc) (f64.add (f64.load offset=0 (local.get $acc))
      (call $sqErr (local.get $ptr) (local.get $end) (local.get $scale) (local.get $lim))))
    (local.set $h (f32x4.splat (local.get $hi)))
    (local.set $l (f32x4.splat (local.get $lo)))
    (local.set $a (f32x4.splat (local.get $abs)))
    (loop $next
      (local.set $v (v128.load (local.get $ptr)))
      (local.set $fin (f32x4.eq (f32x4.sub (local.get $v) (local.get $v)) (v128.const i32x4 0 0 0 0)))
      (local.set $c (i32x4.sub (local.get $c) (v128.and (local.get $fin)
        (v128.or (f32x4.ge (local.get $v) (local.get $h)) (f32x4.le (local.get $v) (local.get $l))))))
      (local.set $z (i32x4.sub (local.get $z) (v128.and (local.get $fin) (f32x4.gt (f32x4.abs (local.get $v)) (local.get $a)))))
      (br_if $next (i32.lt_u (local.tee $ptr (i32.add (local.get $ptr) (i32.const 16))) (local.get $end))))
    (v128.store offset=16 (local.get $acc) (i64x2.add (v128.load offset=16 (local.get $acc))
      (i64x2.add (i64x2.extend_low_i32x4_u (local.get $c)) (i64x2.extend_high_i32x4_u (local.get $c)))))
    (v128.store offset=32 (local.get $acc) (i64x2.add (v128.load offset=32 (local.get $acc))
      (i64x2.add (i64x2.extend_low_i32x4_u (local.get $z)) (i64x2.extend_high_i32x4_u (local.get $z))))))
)
