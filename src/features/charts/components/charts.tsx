export default function Charts() {
  return null;
}
