/** Strings of the group-wise row on short rows: why group-wise has little to show when the last axis is short. */
export const groupsEn = {
  single:
    'Groups run along the last axis, which holds only 1 value here: every group is a single value, which its own scale puts on a code almost exactly, so this row shows next to no error. Group-wise quantization is meant for long rows, such as the input axis of a dense/linear weight (hundreds of values, groups of 32–128).',
  short:
    'Groups run along the last axis, which holds only {{count}} values here: a group is at most {{count}} values, so this row is close to exact and shows little. Group-wise quantization is meant for long rows, such as the input axis of a dense/linear weight (hundreds of values, groups of 32–128). You may still try any size that divides {{count}}.',
  awkward:
    'Groups run along the last axis ({{count}} values here) and may not straddle rows; no size from 8 to 128 divides {{count}}, so the largest group that fits is {{g}}. Group-wise quantization is meant for rows that split into groups of 32–128 values.',
};

export const groupsKo: typeof groupsEn = {
  single:
    '그룹은 마지막 축을 따라 묶는데, 여기서는 그 축에 값이 1개뿐입니다. 그룹마다 값 하나뿐이라 자기 스케일로 거의 정확히 코드에 놓이므로, 이 행에는 오차가 거의 없습니다. 그룹 단위 양자화는 dense/linear 가중치의 입력 축처럼 값이 수백 개인 긴 행을 32–128개씩 묶을 때 쓰는 방식입니다.',
  short:
    '그룹은 마지막 축을 따라 묶는데, 여기서는 그 축에 값이 {{count}}개뿐입니다. 그룹 하나가 많아야 {{count}}개라 이 행은 거의 오차가 없고 보여 주는 것이 적습니다. 그룹 단위 양자화는 dense/linear 가중치의 입력 축처럼 값이 수백 개인 긴 행을 32–128개씩 묶을 때 쓰는 방식입니다. 그래도 {{count}}의 약수라면 어떤 크기든 골라 볼 수 있습니다.',
  awkward:
    '그룹은 마지막 축(여기서는 값 {{count}}개)을 따라 묶고 행을 넘을 수 없습니다. 8에서 128 사이에 {{count}}의 약수가 없어 들어맞는 가장 큰 그룹은 {{g}}개입니다. 그룹 단위 양자화는 행을 32–128개씩 나눌 수 있을 때 쓰는 방식입니다.',
};
