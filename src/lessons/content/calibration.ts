import type { Lesson } from '../types';

/** Lesson 6: max, percentiles, entropy and MSE calibration on activations with outliers. */
export const calibration: Lesson = {
  id: 'calibration',
  title: { en: 'Calibration: choosing the range from data', ko: '보정(calibration): 데이터로 범위 고르기' },
  summary: {
    en: 'Max, percentiles, entropy (KL) and MSE pick different ranges for the same GELU activations.',
    ko: '같은 GELU 활성화에 대해 max, 백분위수, 엔트로피(KL), MSE가 서로 다른 범위를 고릅니다.',
  },
  steps: [
    {
      scene: '?v=1&sample=gelu-outliers&mode=symmetric',
      focus: 'hist.svg',
      text: {
        en: 'Post-training quantization runs sample inputs through the model and records the activations; a calibrator then picks [β, α] from them. The simplest, max, takes the largest magnitude: here α = {{alpha}}, set by a single outlier. The step becomes {{scale}}, wider than most of the values themselves.',
        ko: '학습 후 양자화(PTQ)는 예시 입력을 모델에 흘려 활성화를 기록하고, 보정 기법이 그 값으로 [β, α]를 고릅니다. 가장 단순한 max는 가장 큰 절댓값을 씁니다. 지금 α = {{alpha}}인데, 이상치 단 하나가 정한 값입니다. 간격은 {{scale}}로, 대부분의 값보다도 넓습니다.',
      },
      tryThis: {
        en: 'Find the dashed marks of the other calibrators on the histogram: which one sits furthest in?',
        ko: '히스토그램에서 다른 보정 기법들의 점선 표시를 찾아보세요. 가장 안쪽에 있는 것은 무엇인가요?',
      },
    },
    {
      scene: '?v=1&sample=gelu-outliers&mode=symmetric&calib=p99.99',
      focus: 'calib.panel',
      text: {
        en: 'A percentile calibrator ignores the rarest magnitudes: the 99.99th percentile gives α = {{alpha}} and clips {{clippedPct}} of the values. The number of nines matters a great deal, and the right one depends on the model, so tools let you try several.',
        ko: '백분위수 기법은 가장 드문 큰 값들을 무시합니다. 99.99 백분위수는 α = {{alpha}}를 주고 값의 {{clippedPct}}를 자릅니다. 9를 몇 개 두느냐가 결과를 크게 바꾸고, 알맞은 값은 모델마다 다르므로 도구들은 여러 값을 시험해 보게 합니다.',
      },
      tryThis: {
        en: 'Click the rows for 99.9 % and 99.9999 % and compare their clipped share and MSE.',
        ko: '99.9 %와 99.9999 % 행을 눌러 잘린 비율과 MSE를 비교해 보세요.',
      },
    },
    {
      scene: '?v=1&sample=gelu-outliers&mode=symmetric&calib=entropy',
      focus: 'hist.svg',
      text: {
        en: 'Entropy calibration (TensorRT’s default) compares the histogram before and after quantization and keeps the range whose distribution loses the least information, measured by KL divergence. Here it picks [{{beta}}, {{alpha}}] and clips {{clippedPct}} of the values; the MSE is {{mse}}.',
        ko: '엔트로피 보정(TensorRT의 기본값)은 양자화 전후의 히스토그램을 비교해, KL 발산으로 잰 정보 손실이 가장 작은 범위를 고릅니다. 여기서는 [{{beta}}, {{alpha}}]를 고르고 값의 {{clippedPct}}를 자릅니다. MSE는 {{mse}}입니다.',
      },
      tryThis: {
        en: 'Switch to asymmetric mapping: does entropy still pick a range close to this one?',
        ko: '비대칭 매핑으로 바꿔 보세요. 엔트로피 기법이 여전히 비슷한 범위를 고르나요?',
      },
    },
    {
      scene: '?v=1&sample=gelu-outliers&mode=symmetric&calib=mse',
      focus: 'calib.panel',
      text: {
        en: 'The MSE calibrator searches for the α with the smallest squared error over every value: here {{alpha}}, with an MSE of {{mse}}. In the table, the lowest MSE on this tensor belongs to {{bestCalib}}. A low MSE is a good sign, but not a promise about the model’s accuracy.',
        ko: 'MSE 기법은 모든 값에 대해 제곱 오차가 가장 작은 α를 찾습니다. 여기서는 {{alpha}}이고 MSE는 {{mse}}입니다. 표에서 이 텐서의 최저 MSE는 {{bestCalib}}의 것입니다. MSE가 낮으면 좋은 신호이지만, 모델 정확도를 보장하지는 않습니다.',
      },
      tryThis: {
        en: 'Sort the table by clipped share, then by MSE: does the order of the methods change?',
        ko: '표를 잘린 비율로, 다음엔 MSE로 정렬해 보세요. 기법들의 순서가 바뀌나요?',
      },
      question: {
        ask: {
          en: 'If one method always gave the lowest MSE, why would anyone use another?',
          ko: '어떤 기법이 늘 가장 낮은 MSE를 준다면, 왜 다른 기법을 쓸까요?',
        },
        answer: {
          en: 'Because the model cares about some values more than others. The next lesson shows a published case where entropy calibration lost far more accuracy than plain max.',
          ko: '모델에게는 어떤 값이 다른 값보다 더 중요하기 때문입니다. 다음 수업에서는 엔트로피 보정이 단순한 max보다 정확도를 훨씬 많이 잃은 발표 사례를 봅니다.',
        },
      },
    },
  ],
};
