import type { Lesson } from '../types';

/** Lesson 3: symmetric against asymmetric grids, and the narrow range. */
export const symmetric: Lesson = {
  id: 'symmetric',
  title: { en: 'Symmetric or asymmetric?', ko: '대칭인가, 비대칭인가?' },
  summary: {
    en: 'Why ReLU and GELU outputs waste half of a symmetric grid, and what the narrow range is.',
    ko: 'ReLU와 GELU 출력이 대칭 격자의 절반을 낭비하는 이유, 그리고 좁은 범위(narrow range)란 무엇인지.',
  },
  steps: [
    {
      scene: '?v=1&sample=relu&bits=4&mode=symmetric',
      focus: 'hist.svg',
      text: {
        en: 'A symmetric range sets α = −β, so zero sits exactly on a code and the zero point is 0. But these are ReLU outputs: none is negative. The grid still spends its lower half on [{{beta}}, 0], and the tensor uses only {{levelsUsed}} of the {{levels}} levels.',
        ko: '대칭 범위는 α = −β로 두므로 0이 정확히 코드 하나에 놓이고 제로포인트는 0입니다. 그런데 이것은 ReLU 출력이라 음수가 하나도 없습니다. 그래도 격자의 아래쪽 절반은 [{{beta}}, 0]에 쓰이고, 텐서는 수준 {{levels}}개 중 {{levelsUsed}}개만 씁니다.',
      },
      tryThis: {
        en: 'Look at the left half of the chart: count the pink spikes below zero.',
        ko: '그래프의 왼쪽 절반을 보세요. 0보다 왼쪽에 분홍 막대가 몇 개 있나요?',
      },
      question: {
        ask: {
          en: 'How many bits does a symmetric grid effectively lose on non-negative data?',
          ko: '음수가 없는 데이터에서 대칭 격자는 사실상 몇 비트를 잃을까요?',
        },
        answer: {
          en: 'One bit: half of the codes can never be used, so 8-bit symmetric behaves like 7-bit on ReLU outputs.',
          ko: '1비트입니다. 코드의 절반은 쓰일 일이 없으니, ReLU 출력에서 8비트 대칭은 7비트처럼 동작합니다.',
        },
      },
    },
    {
      scene: '?v=1&sample=relu&bits=4',
      focus: 'mapping.panel',
      text: {
        en: 'The asymmetric (affine) mapping fits the grid to [{{beta}}, {{alpha}}] and shifts it with a zero point, here {{zeroPoint}}. Now {{levelsUsed}} of the {{levels}} levels carry data, and the step is {{scale}}, about half of the symmetric one. The two staircases below show the same range both ways.',
        ko: '비대칭(아핀) 매핑은 격자를 [{{beta}}, {{alpha}}]에 맞추고 제로포인트로 옮깁니다. 지금 제로포인트는 {{zeroPoint}}입니다. 이제 수준 {{levels}}개 중 {{levelsUsed}}개가 데이터를 담고, 간격은 {{scale}}로 대칭일 때의 절반쯤입니다. 아래 두 계단 그림은 같은 범위를 두 방식으로 보여 줍니다.',
      },
      tryThis: {
        en: 'Switch to symmetric and back, and compare the MSE in the error panel.',
        ko: '대칭으로 바꿨다가 되돌리며 오차 패널의 MSE를 비교해 보세요.',
      },
      question: {
        ask: {
          en: 'If asymmetric is more precise, why are weights usually quantized symmetrically?',
          ko: '비대칭이 더 정밀하다면, 가중치는 왜 보통 대칭으로 양자화할까요?',
        },
        answer: {
          en: 'Weights are roughly centred on zero, so little is wasted; and a zero point of 0 removes extra terms from the integer matrix multiply, which makes the kernels faster.',
          ko: '가중치는 대체로 0을 중심으로 퍼져 있어 낭비가 적습니다. 또 제로포인트가 0이면 정수 행렬곱에서 추가 항이 사라져 커널이 더 빨라집니다.',
        },
      },
    },
    {
      scene: '?v=1&sample=gelu-outliers&mode=symmetric&zoom=-1,3',
      focus: 'hist.svg',
      text: {
        en: 'GELU outputs are almost, but not quite, non-negative: they dip to about {{geluMin}}. A symmetric grid again gives half its codes to negatives that barely exist, while an asymmetric one would spend almost all of them on the positive side. With the max range [{{beta}}, {{alpha}}], {{levelsUsed}} of {{levels}} levels are in use.',
        ko: 'GELU 출력은 거의 음수가 없지만 완전히 그렇지는 않습니다. 약 {{geluMin}}까지 내려갑니다. 대칭 격자는 여기서도 거의 없는 음수에 코드 절반을 내주고, 비대칭 격자라면 대부분을 양수 쪽에 씁니다. 최댓값 범위 [{{beta}}, {{alpha}}]에서 수준 {{levels}}개 중 {{levelsUsed}}개를 씁니다.',
      },
      tryThis: {
        en: 'Turn on asymmetric mapping and watch where the zero point moves.',
        ko: '비대칭 매핑으로 바꾸고 제로포인트가 어디로 가는지 보세요.',
      },
    },
    {
      scene: '?v=1&sample=gaussian&mode=symmetric&narrow=1',
      focus: 'mapping.panel',
      text: {
        en: 'Signed 8-bit codes run from −128 to 127: one more on the negative side. The narrow range drops −128, so the codes −127 … 127 mirror each other exactly and the scale is max|x| / 127 = {{scale}} (TensorRT’s choice). The price is one level out of 256.',
        ko: '부호 있는 8비트 코드는 −128부터 127까지로, 음수 쪽이 하나 더 많습니다. 좁은 범위(narrow range)는 −128을 빼서 코드 −127 … 127이 정확히 대칭이 되게 하고, scale은 max|x| / 127 = {{scale}}이 됩니다(TensorRT의 방식). 대가는 256개 중 수준 하나입니다.',
      },
      tryThis: {
        en: 'Toggle “Narrow range” in the side panel and compare the codes shown under the bit width.',
        ko: '옆 패널의 “좁은 범위”를 켜고 끄며 비트 수 아래에 표시되는 코드 범위를 비교해 보세요.',
      },
    },
  ],
};
