/** Strings of the lecture-hall work: layout, the two notations told as one story, class view, edge cases. */
export const lectureEn = {
  classView: {
    button: 'Class view',
    intro: 'Show to the class:',
    link: 'Link to this view',
    close: 'Done',
    parts: {
      source: 'Tensor choice',
      quant: 'Quantization settings',
      view: 'Display settings',
      error: 'Error figures',
      calibration: 'Calibrators',
      granularity: 'Granularity',
      formats: 'Float formats',
      blocks: 'Block formats',
      mapping: 'Mapping (notations)',
      export: 'Export',
    },
  },
  degenerate: {
    empty: 'This tensor has no values: there is nothing to quantize. The tensor on screen stays.',
    noFinite:
      'This tensor holds no finite value ({{nan}} NaN, {{inf}} infinite): there is no range and no error to compute. The tensor on screen stays.',
  },
  constant: {
    all: 'Every value is {{value}}: the range has zero width.',
    single: 'The tensor holds a single value, {{value}}.',
    widened: 'Quantization uses a range that contains 0, so the scale is {{scale}} and the value is kept exactly or nearly.',
    zero: 'With nothing but 0 the smallest scale, 2⁻²³, is used.',
  },
  readError: {
    notKept: 'Open {{files}} again: files from this computer are not kept between visits',
    badUrl: '"{{url}}" is not a web address that can be loaded',
    protocol: 'Only http and https addresses can be loaded, not {{protocol}}',
    privateHost:
      '{{host}} is on your own computer or local network, and a link may not make this page reach it. Download the file and open it with "Open files…"',
    unreachable:
      'The server at {{host}} could not be reached, or it does not let other sites read its files (CORS). Download the file and open it with "Open files…"',
    status: '{{host}} answered {{status}} {{text}} for {{file}}',
    webPage: '{{url}} is a web page, not a tensor file: link to the file itself',
    tooLarge:
      '{{file}} from {{host}} is {{size}}, more than the {{budget}} one download may bring into this tab. Download it and open it with "Open files…" (local files are read in chunks)',
    tooMuch: 'These files together are more than the {{budget}} a download may bring into this tab',
    unknownFormat:
      '{{file}}: this file format is not recognised. Supported: .npy, .npz, .safetensors, .gguf, .onnx (+ external data), tfjs model.json + .bin shards, CSV/TSV/JSON numbers',
    unknownShard: '{{file}}: this file format is not recognised. If it is a tfjs weight shard, open it together with its model.json',
    missingShard:
      "{{file}}: the weight shard '{{shard}}' (group {{group}}) is missing. Open it together with the model.json and its other shards",
    otherServer: "{{file}} names '{{path}}' on another server ({{host}}); only files beside it on its own server are fetched",
    damaged: '{{file}}: the file looks cut short or damaged ({{detail}})',
    dtype: '{{file}}: its data type cannot be read as real numbers here ({{detail}})',
    notNumber: '{{file}}: line {{line}}, field {{field}} cannot be read as a number ({{what}})',
    pytorch:
      '{{file}}: PyTorch checkpoints are pickles, and opening a pickle can run any code, so this app never does. Convert it in Python: {{code}} — or save one tensor with {{one}}',
    hdf5: '{{file}}: HDF5 files (.h5, Keras) cannot be read here. Convert with {{command}} and open {{json}} with its .bin shards, or save the weights with numpy.savez',
    tflite: '{{file}}: TensorFlow Lite models (.tflite) cannot be read here. Save the weights with numpy.savez or as safetensors',
    shardIndex: '{{file}} only lists where the weights are: open it together with the shard files it names ({{shards}})',
    onlyIndex: 'Only index files were opened: open the shard files they list as well{{listed}}',
    noTensors: '{{file}} holds no tensors',
    emptyTensor: "{{file}}: tensor '{{tensor}}' has shape {{shape}}, so it holds no values: nothing to quantize",
    externalData:
      "{{at}}tensor '{{tensor}}' keeps its values in the separate file '{{data}}'. Select it together with {{model}} and open them at once",
    jsonNoNumbers: '{{file}}: this JSON holds no arrays of numbers and no tfjs weightsManifest (a config or tokenizer file, perhaps?)',
    invalidJson: '{{file}} is not valid JSON ({{detail}})',
    ggufType:
      "{{at}}tensor '{{tensor}}' is stored as {{type}}, a GGUF type this app cannot turn back into real numbers (it reads {{supported}})",
    overBudget:
      "{{at}}tensor '{{tensor}}' of shape {{shape}} would take {{bytes}} in memory, more than the {{budget}} one tensor may use here. Save a slice of it, or use .safetensors or .npy, which are read in chunks",
    outOfMemory: '{{file}}: the browser ran out of memory or hit a size limit while reading the {{format}} data ({{detail}})',
  },
  dismiss: 'Dismiss',
  markAll: 'All calibrators (else max, p99.99, KL, MSE)',
  groupConvention:
    'Group-wise symmetric uses scale = max|x|/{{q}} (narrow range), the convention of group-wise tools; the per-tensor and per-channel rows use this app’s symmetric default, scale = max|x|/{{full}} (full range).',
  widenedMark: { min: 'β′ = 0', max: 'α′ = 0' },
  widened: {
    min: 'β = {{beta}} is above 0, but affine quantization needs 0 to be exact, so it uses [0, {{alpha}}]: values below β down to 0 are not clipped (the shading starts at 0).',
    max: 'α = {{alpha}} is below 0, but affine quantization needs 0 to be exact, so it uses [{{beta}}, 0]: values above α up to 0 are not clipped (the shading starts at 0).',
  },
  notation: {
    multiplier: 's = (2^b − 1)/(α′ − β′)',
    multiplierNarrow: 's = (2^b − 2)/(α′ − β′) (narrow range: one step fewer)',
    offset: 'z = −round(β′·s) − 2^(b−1)',
    offsetUnsigned: 'z = −round(β′·s) (codes start at 0: the article’s z + 2^(b−1))',
    effective: '[β′, α′] = [{{lo}}, {{hi}}]',
    effectiveWhy: {
      affine: 'the range affine quantization uses: [β, α] widened to include 0',
      symmetric: 'the range symmetric quantization uses: ±max(|β|, |α|)',
    },
    same: '1/s = scale and z = zero_point: the same mapping in both notations.',
    rawOutside:
      'With the raw β = {{beta}} and α = {{alpha}}, the article’s formula would give z = {{z}}, outside the codes [{{qmin}}, {{qmax}}]: that is why the range is widened to include 0.',
  },
};

export const lectureKo: typeof lectureEn = {
  classView: {
    button: '수업용 화면',
    intro: '수업에서 보여 줄 것:',
    link: '이 화면의 링크',
    close: '완료',
    parts: {
      source: '텐서 선택',
      quant: '양자화 설정',
      view: '표시 설정',
      error: '오차 수치',
      calibration: '캘리브레이터',
      granularity: '단위(텐서·채널·그룹)',
      formats: '부동소수점 형식',
      blocks: '블록 형식',
      mapping: '매핑(표기법)',
      export: '내보내기',
    },
  },
  degenerate: {
    empty: '이 텐서에는 값이 없어 양자화할 것이 없습니다. 화면의 텐서를 그대로 둡니다.',
    noFinite:
      '이 텐서에는 유한한 값이 하나도 없습니다(NaN {{nan}}개, 무한대 {{inf}}개). 범위도 오차도 계산할 수 없어 화면의 텐서를 그대로 둡니다.',
  },
  constant: {
    all: '모든 값이 {{value}}입니다. 범위의 폭이 0입니다.',
    single: '이 텐서에는 값이 {{value}} 하나뿐입니다.',
    widened: '양자화는 0을 포함하는 범위를 쓰므로 scale은 {{scale}}입니다. 이 값은 정확히 또는 거의 그대로 표현됩니다.',
    zero: '값이 모두 0이므로 가장 작은 scale인 2⁻²³을 씁니다.',
  },
  readError: {
    notKept: '{{files}} 파일을 다시 열어 주세요. 이 컴퓨터의 파일은 방문이 끝나면 남아 있지 않습니다',
    badUrl: '"{{url}}"은(는) 불러올 수 있는 웹 주소가 아닙니다',
    protocol: 'http와 https 주소만 불러올 수 있습니다 ({{protocol}}은(는) 안 됩니다)',
    privateHost:
      '{{host}}은(는) 이 컴퓨터나 내부 네트워크의 주소이므로 링크가 이 페이지를 그곳에 접속시킬 수 없습니다. 파일을 내려받아 "파일 열기…"로 여세요',
    unreachable:
      '{{host}} 서버에 연결할 수 없거나, 그 서버가 다른 사이트에서 파일을 읽도록 허용하지 않습니다 (CORS). 파일을 내려받아 "파일 열기…"로 여세요',
    status: '{{host}} 서버가 {{file}} 요청에 {{status}} {{text}}(으)로 응답했습니다',
    webPage: '{{url}}은(는) 텐서 파일이 아니라 웹 페이지입니다. 파일 자체의 주소를 넣어 주세요',
    tooLarge:
      '{{host}}의 {{file}} 크기는 {{size}}로, 이 탭에 한 번에 내려받을 수 있는 {{budget}}를 넘습니다. 내려받아 "파일 열기…"로 여세요 (이 컴퓨터의 파일은 나눠서 읽습니다)',
    tooMuch: '이 파일들을 합치면 이 탭에 내려받을 수 있는 {{budget}}를 넘습니다',
    unknownFormat:
      '{{file}}: 알 수 없는 파일 형식입니다. 지원 형식: .npy, .npz, .safetensors, .gguf, .onnx (+ 외부 데이터), tfjs model.json + .bin 샤드, CSV/TSV/JSON 숫자',
    unknownShard: '{{file}}: 알 수 없는 파일 형식입니다. tfjs 가중치 샤드라면 model.json과 함께 여세요',
    missingShard: "{{file}}: 가중치 샤드 '{{shard}}'(그룹 {{group}})가 없습니다. model.json, 다른 샤드와 함께 여세요",
    otherServer: "{{file}}이(가) 다른 서버({{host}})의 '{{path}}'를 가리킵니다. 같은 서버에서 바로 옆에 있는 파일만 가져옵니다",
    damaged: '{{file}}: 파일이 중간에 잘렸거나 손상된 것 같습니다 (원문: {{detail}})',
    dtype: '{{file}}: 이 자료형은 여기서 실수로 읽을 수 없습니다 (원문: {{detail}})',
    notNumber: '{{file}}: {{line}}번째 줄 {{field}}번째 칸을 숫자로 읽을 수 없습니다 (원문: {{what}})',
    pytorch:
      '{{file}}: PyTorch 체크포인트는 pickle 파일이고, pickle을 여는 순간 임의의 코드가 실행될 수 있어서 이 앱은 열지 않습니다. Python에서 변환하세요: {{code}} — 텐서 하나만이라면 {{one}}로 저장해도 됩니다',
    hdf5: '{{file}}: HDF5 파일(.h5, Keras)은 여기서 읽을 수 없습니다. {{command}}로 변환한 뒤 {{json}}을(를) .bin 샤드와 함께 열거나, numpy.savez로 가중치를 저장하세요',
    tflite: '{{file}}: TensorFlow Lite 모델(.tflite)은 여기서 읽을 수 없습니다. numpy.savez나 safetensors로 가중치를 저장하세요',
    shardIndex: '{{file}}은(는) 가중치가 어느 파일에 있는지 적은 목록일 뿐입니다. 목록에 적힌 샤드 파일({{shards}})과 함께 여세요',
    onlyIndex: '목록(index) 파일만 열었습니다. 목록에 적힌 샤드 파일도 함께 여세요{{listed}}',
    noTensors: '{{file}}에는 텐서가 하나도 없습니다',
    emptyTensor: "{{file}}: 텐서 '{{tensor}}'의 모양이 {{shape}}이라 값이 하나도 없습니다. 양자화할 것이 없습니다",
    externalData: "{{at}}텐서 '{{tensor}}'의 값은 별도 파일 '{{data}}'에 들어 있습니다. 그 파일을 {{model}}과(와) 함께 골라 한 번에 여세요",
    jsonNoNumbers: '{{file}}: 이 JSON에는 숫자 배열도, tfjs weightsManifest도 없습니다 (설정 파일이나 토크나이저 파일이 아닐까요?)',
    invalidJson: '{{file}}은(는) 올바른 JSON이 아닙니다 (원문: {{detail}})',
    ggufType:
      "{{at}}텐서 '{{tensor}}'는 {{type}} 형식으로 저장되어 있는데, 이 앱은 이 GGUF 형식을 실수로 되돌리지 못합니다 (읽을 수 있는 형식: {{supported}})",
    overBudget:
      "{{at}}모양이 {{shape}}인 텐서 '{{tensor}}'는 메모리를 {{bytes}} 차지하는데, 이 앱에서 텐서 하나가 쓸 수 있는 {{budget}}를 넘습니다. 일부만 잘라 저장하거나, 나눠서 읽는 .safetensors나 .npy를 쓰세요",
    outOfMemory: '{{file}}: {{format}} 데이터를 읽다가 브라우저의 메모리가 모자라거나 크기 한도에 걸렸습니다 (원문: {{detail}})',
  },
  dismiss: '닫기',
  markAll: '모든 캘리브레이터 (아니면 max, p99.99, KL, MSE만)',
  groupConvention:
    '그룹 단위 대칭 양자화는 그룹 단위 도구들의 관례대로 scale = max|x|/{{q}} (좁은 범위)를 씁니다. 위의 텐서 단위·채널 단위 행은 이 앱의 대칭 기본값인 scale = max|x|/{{full}} (전체 범위)를 씁니다.',
  widenedMark: { min: 'β′ = 0', max: 'α′ = 0' },
  widened: {
    min: 'β = {{beta}}는 0보다 크지만, 비대칭 양자화는 0을 정확히 표현해야 하므로 [0, {{alpha}}]를 씁니다. β 아래에서 0까지의 값은 잘리지 않습니다(음영이 0에서 시작합니다).',
    max: 'α = {{alpha}}는 0보다 작지만, 비대칭 양자화는 0을 정확히 표현해야 하므로 [{{beta}}, 0]을 씁니다. α 위에서 0까지의 값은 잘리지 않습니다(음영이 0에서 시작합니다).',
  },
  notation: {
    multiplier: 's = (2^b − 1)/(α′ − β′)',
    multiplierNarrow: 's = (2^b − 2)/(α′ − β′) (좁은 범위: 한 칸 적음)',
    offset: 'z = −round(β′·s) − 2^(b−1)',
    offsetUnsigned: 'z = −round(β′·s) (코드가 0부터 시작: 글의 z + 2^(b−1))',
    effective: '[β′, α′] = [{{lo}}, {{hi}}]',
    effectiveWhy: {
      affine: '비대칭 양자화가 실제로 쓰는 범위: 0을 포함하도록 넓힌 [β, α]',
      symmetric: '대칭 양자화가 실제로 쓰는 범위: ±max(|β|, |α|)',
    },
    same: '1/s = scale, z = zero_point: 두 표기는 같은 매핑입니다.',
    rawOutside:
      '넓히기 전의 β = {{beta}}, α = {{alpha}}를 글의 식에 넣으면 z = {{z}}가 되어 코드 범위 [{{qmin}}, {{qmax}}]를 벗어납니다. 그래서 범위를 0까지 넓힙니다.',
  },
};
