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
      scene: '?v=1&sample=gaussian&bits=3',
      focus: 'error.panel',
      comingSoon: 'model',
      text: {
        en: 'PTQ needs no training: a few hundred unlabelled inputs to calibrate, and minutes of work, but some models lose accuracy. QAT needs labelled data and a fine-tuning run, and usually comes back close to the float model. The Model tab will train a small network and compare both on it.',
        ko: 'PTQ는 학습이 필요 없습니다. 레이블 없는 입력 수백 개로 보정하면 몇 분 안에 끝나지만, 어떤 모델은 정확도를 잃습니다. QAT는 레이블된 데이터와 미세조정이 필요하지만, 대개 실수 모델에 가까운 정확도를 되찾습니다. 모델 탭에서 작은 신경망을 학습시켜 두 방법을 직접 비교하게 됩니다.',
      },
      tryThis: {
        en: 'Until then: at 3 bits, read the SQNR here ({{sqnr}}); this is the kind of loss QAT learns to compensate.',
        ko: '그때까지는 3비트에서 여기의 SQNR({{sqnr}})을 읽어 보세요. QAT가 학습으로 메우려는 손실이 바로 이런 것입니다.',
      },
    },
  ],
};
