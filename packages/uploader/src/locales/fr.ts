import type { Strings } from '../locales.ts';

const strings: Strings = {
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
  errorUrlInUse: 'L’URL d’envoi sert déjà à un autre fichier ; lancez un nouvel envoi pour celui-ci.',
  errorRead: 'Le fichier n’a pas pu être lu. Choisissez-le à nouveau.',
};

export default strings;
