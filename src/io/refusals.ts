/** Refusal messages for recognised formats this app does not read, each saying how to convert. */
import { TensorFileError } from './errors';

const TO_SAFETENSORS = "import safetensors.torch; safetensors.torch.save_file(model.state_dict(), 'model.safetensors')";

/** PyTorch checkpoints are pickles, which can run arbitrary code, so they are never unpickled. */
export function refusePytorch(): never {
  throw new TensorFileError(
    'pytorch',
    'PyTorch checkpoints (.pt/.pth, zip with data.pkl or a bare pickle) are not read: unpickling can run arbitrary code. ' +
      `Convert it in Python: ${TO_SAFETENSORS} — or save one tensor with numpy.save('w.npy', t.detach().cpu().numpy())`,
  );
}

/** Keras/HDF5 weight files. */
export function refuseHdf5(): never {
  throw new TensorFileError(
    'hdf5',
    'HDF5 (.h5, Keras) files are not supported. Convert with tensorflowjs_converter --input_format keras ' +
      'model.h5 out/ and open out/model.json with its .bin shards, or save the weights with numpy.savez',
  );
}

/** TensorFlow Lite flatbuffers. */
export function refuseTflite(): never {
  throw new TensorFileError(
    'tflite',
    'TensorFlow Lite (.tflite) models are not supported. Save the weights with numpy.savez or as safetensors',
  );
}
