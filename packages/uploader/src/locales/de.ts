import type { Strings } from '../locales.ts';

const strings: Strings = {
  dropPrompt: 'Video- oder Audiodatei hier ablegen',
  or: 'oder',
  selectFile: 'Datei auswählen',
  selectFiles: 'Dateien auswählen',
  pause: 'Pausieren',
  resume: 'Fortsetzen',
  cancel: 'Abbrechen',
  retry: 'Erneut versuchen',
  progressLabel: 'Upload-Fortschritt',
  uploading: '{name} wird hochgeladen: {percent}',
  uploadingEta: '{name} wird hochgeladen: {percent}, noch {eta}',
  starting: 'Upload von {name} beginnt',
  resuming: '{name} wird ab {percent} fortgesetzt',
  paused: 'Pausiert bei {percent}',
  offline: 'Offline: Der Upload wird fortgesetzt, sobald die Verbindung zurück ist',
  success: '{name} hochgeladen',
  cancelled: 'Upload abgebrochen',
  queued: 'Wartet',
  failed: 'Fehlgeschlagen',
  errorChunkSize:
    'chunk-size="{value}" ist ungültig: Der Wert muss ein Vielfaches von 256 (KiB) sein, z. B. {suggestion}.',
  errorOption: 'Die Einstellung {option} „{value}“ ist ungültig: {problem}.',
  errorFileTooLarge:
    '{name} ist {size} groß und überschreitet das Limit von {limit} (max-file-size). Wählen Sie eine kleinere Datei.',
  errorFileType: '{name} hat keinen erlaubten Typ ({accept}). Wählen Sie eine Video- oder Audiodatei.',
  errorEmptyFile: '{name} ist leer. Wählen Sie eine Datei mit Inhalt.',
  errorNoEndpoint: 'Kein Upload-Ziel: Setzen Sie das Attribut oder die Eigenschaft endpoint.',
  errorEndpointFailed: 'Es konnte keine Upload-URL abgerufen werden ({detail}). Erneut versuchen oder Seite neu laden.',
  errorEndpointNoUrl: 'Der Endpoint hat keine Upload-URL geliefert. Prüfen Sie die Funktion, die Uploads anlegt.',
  errorRejected: 'Der Server hat den Upload abgelehnt ({status}). Es wurde nichts weiter gesendet.',
  errorGone: 'Dieser Upload-Link ist abgelaufen. Wählen Sie die Datei erneut, um neu zu beginnen.',
  errorAttempts:
    'Der Upload wurde nach wiederholten Fehlern angehalten ({detail}). Verbindung prüfen und erneut versuchen.',
  errorProtocol: 'Der Server hat unerwartet geantwortet; der Upload wurde angehalten, um die Datei zu schützen.',
  errorUrlInUse:
    'Die Upload-URL wird bereits für eine andere Datei verwendet; starten Sie für diese Datei einen neuen Upload.',
  errorRead: 'Die Datei konnte nicht gelesen werden. Wählen Sie sie erneut.',
};

export default strings;
