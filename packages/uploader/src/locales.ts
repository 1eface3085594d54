/**
 * The words the uploader shows and announces, per language. Placeholders in braces are
 * filled by `translate`. A missing key falls back to English.
 */

export interface Strings {
  dropPrompt: string;
  or: string;
  selectFile: string;
  selectFiles: string;
  pause: string;
  resume: string;
  cancel: string;
  retry: string;
  progressLabel: string;
  uploading: string;
  uploadingEta: string;
  starting: string;
  resuming: string;
  paused: string;
  offline: string;
  success: string;
  cancelled: string;
  queued: string;
  failed: string;
  errorChunkSize: string;
  errorOption: string;
  errorFileTooLarge: string;
  errorFileType: string;
  errorEmptyFile: string;
  errorNoEndpoint: string;
  errorEndpointFailed: string;
  errorEndpointNoUrl: string;
  errorRejected: string;
  errorGone: string;
  errorAttempts: string;
  errorProtocol: string;
  errorRead: string;
}

const en: Strings = {
  dropPrompt: 'Drop a video or audio file here',
  or: 'or',
  selectFile: 'Choose a file',
  selectFiles: 'Choose files',
  pause: 'Pause',
  resume: 'Resume',
  cancel: 'Cancel',
  retry: 'Retry',
  progressLabel: 'Upload progress',
  uploading: 'Uploading {name}: {percent}',
  uploadingEta: 'Uploading {name}: {percent}, {eta} left',
  starting: 'Starting the upload of {name}',
  resuming: 'Resuming {name} from {percent}',
  paused: 'Paused at {percent}',
  offline: 'Offline: the upload continues when the connection returns',
  success: '{name} uploaded',
  cancelled: 'Upload cancelled',
  queued: 'Waiting',
  failed: 'Failed',
  errorChunkSize: 'chunk-size="{value}" is invalid: it must be a multiple of 256 (KiB), such as {suggestion}.',
  errorOption: 'The {option} setting "{value}" is invalid: {problem}.',
  errorFileTooLarge: '{name} is {size}, over the {limit} limit (max-file-size). Choose a smaller file.',
  errorFileType: '{name} is not an accepted type ({accept}). Choose a video or audio file.',
  errorEmptyFile: '{name} is empty. Choose a file with content.',
  errorNoEndpoint: 'Nowhere to upload: set the endpoint attribute or property.',
  errorEndpointFailed: 'Could not get an upload URL ({detail}). Retry, or reload the page.',
  errorEndpointNoUrl: 'The endpoint gave no upload URL. Check the function that creates uploads.',
  errorRejected: 'The server refused the upload ({status}). Nothing more was sent.',
  errorGone: 'This upload link has expired. Choose the file again to start a new upload.',
  errorAttempts: 'The upload stopped after repeated failures ({detail}). Check the connection and retry.',
  errorProtocol: 'The server answered unexpectedly, so the upload stopped to keep the file intact.',
  errorRead: 'The file could not be read. Choose it again.',
};

const fr: Strings = {
  dropPrompt: 'Déposez un fichier vidéo ou audio ici',
  or: 'ou',
  selectFile: 'Choisir un fichier',
  selectFiles: 'Choisir des fichiers',
  pause: 'Pause',
  resume: 'Reprendre',
  cancel: 'Annuler',
  retry: 'Réessayer',
  progressLabel: 'Progression de l’envoi',
  uploading: 'Envoi de {name} : {percent}',
  uploadingEta: 'Envoi de {name} : {percent}, encore {eta}',
  starting: 'Début de l’envoi de {name}',
  resuming: 'Reprise de {name} à {percent}',
  paused: 'En pause à {percent}',
  offline: 'Hors ligne : l’envoi reprendra au retour de la connexion',
  success: '{name} envoyé',
  cancelled: 'Envoi annulé',
  queued: 'En attente',
  failed: 'Échec',
  errorChunkSize:
    'chunk-size="{value}" est invalide : il doit être un multiple de 256 (Kio), par exemple {suggestion}.',
  errorOption: 'Le réglage {option} « {value} » est invalide : {problem}.',
  errorFileTooLarge:
    '{name} fait {size}, au-delà de la limite de {limit} (max-file-size). Choisissez un fichier plus petit.',
  errorFileType: '{name} n’est pas d’un type accepté ({accept}). Choisissez un fichier vidéo ou audio.',
  errorEmptyFile: '{name} est vide. Choisissez un fichier non vide.',
  errorNoEndpoint: 'Aucune destination : définissez l’attribut ou la propriété endpoint.',
  errorEndpointFailed: 'Impossible d’obtenir une URL d’envoi ({detail}). Réessayez ou rechargez la page.',
  errorEndpointNoUrl: 'L’endpoint n’a fourni aucune URL d’envoi. Vérifiez la fonction qui crée les envois.',
  errorRejected: 'Le serveur a refusé l’envoi ({status}). Rien de plus n’a été envoyé.',
  errorGone: 'Ce lien d’envoi a expiré. Choisissez à nouveau le fichier pour recommencer.',
  errorAttempts: 'L’envoi s’est arrêté après des échecs répétés ({detail}). Vérifiez la connexion et réessayez.',
  errorProtocol: 'Le serveur a répondu de façon inattendue ; l’envoi s’est arrêté pour préserver le fichier.',
  errorRead: 'Le fichier n’a pas pu être lu. Choisissez-le à nouveau.',
};

const es: Strings = {
  dropPrompt: 'Suelta aquí un archivo de vídeo o audio',
  or: 'o',
  selectFile: 'Elegir un archivo',
  selectFiles: 'Elegir archivos',
  pause: 'Pausar',
  resume: 'Reanudar',
  cancel: 'Cancelar',
  retry: 'Reintentar',
  progressLabel: 'Progreso de la subida',
  uploading: 'Subiendo {name}: {percent}',
  uploadingEta: 'Subiendo {name}: {percent}, faltan {eta}',
  starting: 'Empezando a subir {name}',
  resuming: 'Reanudando {name} desde {percent}',
  paused: 'En pausa al {percent}',
  offline: 'Sin conexión: la subida seguirá cuando vuelva la conexión',
  success: '{name} subido',
  cancelled: 'Subida cancelada',
  queued: 'En espera',
  failed: 'Error',
  errorChunkSize: 'chunk-size="{value}" no es válido: debe ser múltiplo de 256 (KiB), por ejemplo {suggestion}.',
  errorOption: 'El ajuste {option} «{value}» no es válido: {problem}.',
  errorFileTooLarge: '{name} ocupa {size}, más que el límite de {limit} (max-file-size). Elige un archivo más pequeño.',
  errorFileType: '{name} no es de un tipo aceptado ({accept}). Elige un archivo de vídeo o audio.',
  errorEmptyFile: '{name} está vacío. Elige un archivo con contenido.',
  errorNoEndpoint: 'No hay destino: define el atributo o la propiedad endpoint.',
  errorEndpointFailed: 'No se pudo obtener una URL de subida ({detail}). Reintenta o recarga la página.',
  errorEndpointNoUrl: 'El endpoint no dio ninguna URL de subida. Revisa la función que crea las subidas.',
  errorRejected: 'El servidor rechazó la subida ({status}). No se envió nada más.',
  errorGone: 'Este enlace de subida ha caducado. Elige el archivo otra vez para empezar una nueva subida.',
  errorAttempts: 'La subida se detuvo tras varios fallos ({detail}). Revisa la conexión y reintenta.',
  errorProtocol: 'El servidor respondió de forma inesperada; la subida se detuvo para proteger el archivo.',
  errorRead: 'No se pudo leer el archivo. Elígelo otra vez.',
};

const de: Strings = {
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
  errorRead: 'Die Datei konnte nicht gelesen werden. Wählen Sie sie erneut.',
};

export const LOCALES: Readonly<Record<string, Strings>> = { en, fr, es, de };

/** The best supported language for a BCP 47 tag ("fr-CA" → "fr"); English otherwise. */
export function supportedLanguage(tag: string | null | undefined): string {
  const base = (tag ?? '').toLowerCase().split('-')[0] ?? '';
  return base in LOCALES ? base : 'en';
}

export function translate(lang: string, key: keyof Strings, params: Record<string, string | number> = {}): string {
  const template = LOCALES[supportedLanguage(lang)]?.[key] ?? en[key];
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}
