import type { Lesson } from '../types';

/** Lesson 2: scale and zero point in both notations; rounding error against clipping error. */
export const affine: Lesson = {
  id: 'affine',
  title: {
    en: 'Affine quantization: scale, zero point, and two kinds of error',
    ko: '아핀 양자화: 스케일, 제로포인트, 그리고 두 가지 오차',
  },
  summary: {
    en: 'How a range [β, α] becomes integer codes, and what rounding and clipping each cost.',
    ko: '범위 [β, α]가 정수 코드가 되는 과정과, 반올림과 클리핑이 각각 치르는 대가.',
  },
  steps: [
    {
      scene: '?v=1&sample=uniform&bits=3',
      focus: 'mapping.panel',
      text: {
        en: 'Quantizing maps every real value in [β, α] onto one of 2^b integer codes, here {{levels}} codes for {{bits}} bits. The article writes the multiplier s = (2^b − 1)/(α − β) = {{s}} and the offset z = {{z}}. PyTorch and TensorRT store the inverse, the step size scale = {{scale}}, with zero_point = {{zeroPoint}}: the same staircase in two notations.',
        ko: '양자화는 [β, α] 안의 실수를 2^b개의 정수 코드 중 하나로 옮깁니다. 지금은 {{bits}}비트라서 코드가 {{levels}}개입니다. 글의 표기로는 배율 s = (2^b − 1)/(α − β) = {{s}}, 오프셋 z = {{z}}입니다. PyTorch와 TensorRT는 그 역수인 간격 scale = {{scale}}과 zero_point = {{zeroPoint}}를 저장합니다. 같은 계단을 두 가지로 적은 것입니다.',
      },
      tryThis: {
        en: 'Raise the bit width by one and watch s double while the scale halves.',
        ko: '비트 수를 하나 올려 보세요. s는 두 배가 되고 scale은 절반이 됩니다.',
      },
      question: {
        ask: {
          en: 'With 8 bits and α − β = 2, what are s and the scale?',
          ko: '8비트이고 α − β = 2라면 s와 scale은 얼마일까요?',
        },
        answer: {
          en: 's = 255 / 2 = 127.5 codes per unit, so the scale is 1/127.5 ≈ 0.00784: each code covers that much of the real line.',
          ko: 's = 255 / 2 = 127.5(단위당 코드 수)이고, scale은 1/127.5 ≈ 0.00784입니다. 코드 하나가 실수 축에서 그만큼을 맡습니다.',
        },
      },
    },
    {
      scene: '?v=1&sample=gaussian&bits=4',
      focus: 'hist.svg',
      text: {
        en: 'Here the range [{{beta}}, {{alpha}}] covers every value, so nothing is clipped and the only loss is rounding: each value moves to the nearest pink spike. No value moves more than half a step; the largest error is {{maxAbs}}, against half a step of {{halfStep}}.',
        ko: '지금 범위 [{{beta}}, {{alpha}}]는 모든 값을 덮으므로 잘리는 값이 없고, 손실은 반올림뿐입니다. 각 값은 가장 가까운 분홍 막대로 옮겨집니다. 어떤 값도 간격의 절반 넘게 움직이지 않습니다. 가장 큰 오차는 {{maxAbs}}이고, 간격의 절반은 {{halfStep}}입니다.',
      },
      tryThis: {
        en: 'Change the bit width between 2 and 8 and read the SQNR: roughly how many dB does each extra bit buy?',
        ko: '비트 수를 2에서 8 사이로 바꾸며 SQNR을 읽어 보세요. 비트 하나가 늘 때마다 대략 몇 dB씩 좋아지나요?',
      },
      question: {
        ask: { en: 'Why can the rounding error never exceed half a step?', ko: '반올림 오차는 왜 간격의 절반을 넘지 못할까요?' },
        answer: {
          en: 'Inside the range every value lies between two neighbouring levels, and rounding picks the nearer one, which is at most half the gap away.',
          ko: '범위 안의 값은 언제나 이웃한 두 수준 사이에 있고, 반올림은 더 가까운 쪽을 고르므로 많아야 간격의 절반만큼 떨어져 있습니다.',
        },
      },
    },
    {
      scene: '?v=1&sample=gaussian&bits=4&calib=own&range=-0.1,0.1',
      focus: 'hist.svg',
      text: {
        en: 'Now α and β are pulled in to [{{beta}}, {{alpha}}]. The step shrinks to {{scale}}, so rounding gets finer, but {{clippedPct}} of the values ({{clipped}}) fall outside and are clipped to the nearest bound; their error grows with the distance. The MSE is now {{mse}} and the SQNR {{sqnr}}.',
        ko: '이제 α와 β를 [{{beta}}, {{alpha}}]로 좁혔습니다. 간격이 {{scale}}로 줄어 반올림은 더 촘촘해지지만, 값의 {{clippedPct}}({{clipped}}개)는 범위 밖으로 나가 가까운 경계로 잘립니다. 잘린 값의 오차는 경계에서 멀수록 커집니다. 지금 MSE는 {{mse}}, SQNR은 {{sqnr}}입니다.',
      },
      tryThis: {
        en: 'Focus the α handle and press → a few times (β follows if you lock α = −β): find the range with the lowest MSE.',
        ko: 'α 핸들을 선택하고 → 키를 몇 번 눌러 보세요(“α = −β로 고정”을 켜면 β도 따라옵니다). MSE가 가장 낮은 범위를 찾아보세요.',
      },
      question: {
        ask: {
          en: 'As the range narrows, one error falls and the other rises. Where is the best range?',
          ko: '범위를 좁히면 한 오차는 줄고 다른 오차는 늘어납니다. 가장 좋은 범위는 어디일까요?',
        },
        answer: {
          en: 'Where the rounding error saved no longer pays for the clipping error added. Calibrators (lesson 6) search for that point automatically.',
          ko: '반올림 오차를 줄여 얻는 이득이 늘어난 클리핑 오차를 더는 메우지 못하는 지점입니다. 6강의 보정(calibration) 기법들이 이 지점을 자동으로 찾습니다.',
        },
      },
    },
    {
      scene: '?v=1&sample=gaussian&bits=2',
      focus: 'hist.svg',
      text: {
        en: 'With only {{bits}} bits there are {{levels}} levels, and the tensor uses {{levelsUsed}} of them. Every weight becomes one of a handful of values, and the SQNR drops to {{sqnr}}. This is why 8 bits is the usual choice for weights and activations, and 4 bits needs extra care.',
        ko: '{{bits}}비트뿐이면 수준은 {{levels}}개이고, 이 텐서는 그중 {{levelsUsed}}개를 씁니다. 모든 가중치가 몇 개 안 되는 값 중 하나가 되고, SQNR은 {{sqnr}}까지 떨어집니다. 그래서 가중치와 활성화에는 보통 8비트를 쓰고, 4비트는 더 세심한 처리가 필요합니다.',
      },
      tryThis: {
        en: 'Switch between symmetric and asymmetric mapping: does the number of levels used change?',
        ko: '대칭과 비대칭 매핑을 번갈아 골라 보세요. 사용하는 수준의 개수가 달라지나요?',
      },
    },
  ],
};
