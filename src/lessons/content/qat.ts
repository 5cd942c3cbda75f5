import type { Lesson } from '../types';

/** Lesson 8: post-training quantization against quantization-aware training; fake quantization and the STE. */
export const qat: Lesson = {
  id: 'qat',
  title: { en: 'PTQ or QAT: fake quantization and the straight-through estimator', ko: 'PTQ와 QAT: 가짜 양자화와 직통 추정기(STE)' },
  summary: {
    en: 'Quantizing after training against training with quantization in the loop.',
    ko: '학습을 마친 뒤 양자화하기와, 양자화를 넣은 채 학습하기.',
  },
  steps: [
    {
      scene: '?v=1&sample=gaussian&bits=3',
      focus: 'hist.svg',
      text: {
        en: 'Quantization-aware training (QAT) inserts fake quantization into the network: each weight or activation is quantized and at once dequantized. The arithmetic stays in float, but the network only ever sees the {{levels}} values the integer model will have, the pink spikes here, and learns to live with them.',
        ko: '양자화 인식 학습(QAT)은 신경망에 가짜 양자화(fake quantization)를 끼워 넣습니다. 가중치나 활성화를 양자화한 뒤 곧바로 역양자화하는 것입니다. 계산은 여전히 실수로 하지만, 신경망은 정수 모델이 갖게 될 {{levels}}개의 값(여기서 분홍 막대)만 보게 되고 거기에 적응하도록 학습합니다.',
      },
      tryThis: {
        en: 'Turn the quantized values off and on in the side panel: the spikes are what the fake-quantized layer passes on.',
        ko: '옆 패널에서 양자화된 값 표시를 껐다 켜 보세요. 분홍 막대가 가짜 양자화 층이 다음으로 넘기는 값입니다.',
      },
    },
    {
      scene: '?v=1&sample=gaussian&bits=3',
      focus: 'mapping.panel',
      text: {
        en: 'Training needs gradients, but the staircase q(x) is flat between its steps: its derivative is zero almost everywhere. The straight-through estimator (STE) pretends the staircase is the line y = x when going backwards, so the gradient passes through unchanged inside [{{beta}}, {{alpha}}]; PyTorch gives it 0 for clipped values.',
        ko: '학습에는 기울기가 필요한데, 계단 q(x)는 계단 사이가 평평해서 도함수가 거의 어디서나 0입니다. 직통 추정기(STE)는 역전파할 때 이 계단을 직선 y = x로 여깁니다. 그래서 [{{beta}}, {{alpha}}] 안에서는 기울기가 그대로 통과하고, PyTorch는 잘린 값에는 0을 줍니다.',
      },
      tryThis: {
        en: 'Lower the bit width to 2: the steps get coarser, yet the STE’s backward pass stays exactly the same.',
        ko: '비트 수를 2로 낮춰 보세요. 계단은 더 거칠어지지만 STE의 역전파는 전혀 바뀌지 않습니다.',
      },
      question: {
        ask: {
          en: 'Why does a clipped value get no gradient?',
          ko: '잘린 값은 왜 기울기를 받지 못할까요?',
        },
        answer: {
          en: 'Beyond the range the output is pinned to the bound, so a small change of the input truly changes nothing; the zero tells training that pushing it further is useless.',
          ko: '범위 밖에서는 출력이 경계에 고정되어 입력을 조금 바꿔도 정말로 아무것도 변하지 않습니다. 0은 그 값을 더 밀어 봐야 소용없다고 학습에 알려 줍니다.',
        },
      },
    },
    {
      scene: '?v=1&panel=model',
      focus: 'model.ptq',
      text: {
        en: 'Now a real network: a small MLP that reads handwritten digits, {{fp32Acc}} correct in FP32. Post-training quantization leaves its weights as they are and only calibrates ranges on a few hundred unlabelled digits. The table tries every calibrator; with 4-bit weights and activations and max calibration, the quantized model scores {{ptqAcc}}.',
        ko: '이제 실제 신경망입니다. 손글씨 숫자를 읽는 작은 MLP로, FP32에서 정확도는 {{fp32Acc}}입니다. 학습 후 양자화(PTQ)는 가중치를 그대로 두고, 레이블 없는 숫자 수백 개로 범위만 보정합니다. 표는 모든 보정 기법을 시험합니다. 가중치와 활성화를 4비트로, max로 보정하면 양자화된 모델의 정확도는 {{ptqAcc}}입니다.',
      },
      tryThis: {
        en: 'Set the weight and activation bits to 8 and then to 3: where does PTQ stop being good enough?',
        ko: '가중치와 활성화 비트를 8로, 다음엔 3으로 바꿔 보세요. PTQ가 어디서부터 부족해지나요?',
      },
      question: {
        ask: {
          en: 'What does PTQ need that QAT does not, and the other way round?',
          ko: 'PTQ에는 필요하지만 QAT에는 필요 없는 것은 무엇이고, 그 반대는 무엇일까요?',
        },
        answer: {
          en: 'PTQ needs only a small unlabelled calibration set and no training. QAT needs labelled training data, a training pipeline with fake quantization, and time to fine-tune.',
          ko: 'PTQ는 레이블 없는 작은 보정용 데이터만 있으면 되고 학습이 필요 없습니다. QAT는 레이블된 학습 데이터와 가짜 양자화를 넣은 학습 파이프라인, 그리고 미세조정할 시간이 필요합니다.',
        },
      },
    },
    {
      scene: '?v=1&panel=model',
      focus: 'model.qat',
      text: {
        en: 'QAT starts from the FP32 weights and fine-tunes them with fake quantization in the forward pass and the STE in the backward pass. The recipe is short: about one epoch, starting from 1 % of the original learning rate and annealing it. The second button runs the same fine-tune at the original learning rate, for comparison with the {{ptqAcc}} of PTQ.',
        ko: 'QAT는 FP32 가중치에서 출발해, 순전파에는 가짜 양자화를, 역전파에는 STE를 넣고 미세조정합니다. 방법은 짧습니다. 원래 학습률의 1 %에서 시작해 점점 줄이며 한 에포크 정도 돌립니다. 두 번째 버튼은 같은 미세조정을 원래 학습률로 돌려, PTQ의 {{ptqAcc}}와 비교하게 해 줍니다.',
      },
      tryThis: {
        en: 'Run QAT with the recipe, then the untuned run, and compare their loss curves and final accuracies.',
        ko: 'QAT를 권장 설정으로 돌린 다음 조정하지 않은 설정으로도 돌려, 손실 곡선과 최종 정확도를 비교해 보세요.',
      },
      question: {
        ask: {
          en: 'Why start from a learning rate a hundred times smaller than the original training’s?',
          ko: '왜 원래 학습보다 100배 작은 학습률에서 시작할까요?',
        },
        answer: {
          en: 'The weights are already good; QAT only has to nudge them to sit well on the quantization grid. Large steps jump across many levels at once and can undo what the network learned.',
          ko: '가중치는 이미 좋은 상태이고, QAT는 이를 양자화 격자에 잘 맞도록 살짝 옮기기만 하면 됩니다. 큰 걸음은 수준 여러 개를 한꺼번에 건너뛰어 신경망이 배운 것을 망가뜨릴 수 있습니다.',
        },
      },
    },
  ],
};
